/** Italian wording: `import it from 'smartcar-error-kit/locales/it'`, then pass it in `locales`. */
import type { CompleteLocalePack } from '../core/messages/LocalePack';

// Addressed as "tu", as Italian connected-car apps are. `{vehicle}` opens sentences and never
// governs an agreeing adjective or participle ("La tua auto" and "Model 3" may differ in
// gender); `{app}` ("questa app") never opens one. Counts stay number + symbol or "volte" (the
// repeat count is always 2 or more), so no Intl.PluralRules category needs its own wording.
export default {
  locale: 'it',
  messages: {
    AUTHENTICATION: {
      title: 'Auto scollegata',
      message: '{vehicle} ha perso il collegamento con {app}. Ricollega l’auto.',
    },
    BILLING: {
      title: 'Servizio sospeso',
      message: 'Un problema di account ha sospeso questo servizio.',
    },
    COMPATIBILITY: {
      title: 'Funzione non disponibile',
      message: '{vehicle} non supporta ancora questa funzione.',
    },
    CONNECT: {
      title: 'Collegamento non riuscito',
      message: 'Il collegamento con {app} non è stato completato.',
    },
    'CONNECT.vehicle_incompatible': {
      title: 'Auto non supportata',
      message: '{vehicle} non è ancora compatibile con {app}.',
    },
    CONNECTED_SERVICES_ACCOUNT: {
      title: 'Problema con l’account',
      message: 'Completa i passaggi in sospeso nell’app del costruttore.',
    },
    'CONNECTED_SERVICES_ACCOUNT.NO_VEHICLES': {
      title: 'Auto non presente nell’account',
      message: 'Aggiungi l’auto al tuo account del costruttore.',
    },
    'CONNECTED_SERVICES_ACCOUNT.SUBSCRIPTION': {
      title: 'Abbonamento non attivo',
      message: 'Rinnova l’abbonamento ai servizi connessi.',
    },
    'CONNECTED_SERVICES_ACCOUNT.VIRTUAL_KEY_REQUIRED': {
      title: 'Serve una chiave virtuale',
      message: 'Apri questo link sul telefono.',
    },
    NETWORK: {
      title: 'Nessuna connessione',
      message: 'Controlla la connessione a Internet.',
    },
    PERMISSION: {
      title: 'Autorizzazione necessaria',
      message: 'Per farlo, {app} ha bisogno di altri permessi. Ricollega l’auto.',
    },
    RATE_LIMIT: { title: 'Troppe richieste', message: 'Attendi un momento, poi riprova.' },
    UNKNOWN: { title: 'Si è verificato un problema', message: 'Riprova più tardi.' },
    UPSTREAM: {
      title: 'Il costruttore non risponde',
      message: 'Riprova più tardi.',
    },
    VEHICLE_STATE: {
      title: 'Auto non disponibile',
      message: '{vehicle} non può farlo in questo momento. Riprova più tardi.',
    },
    'VEHICLE_STATE.ASLEEP': {
      title: 'Auto in standby',
      message: '{vehicle} è in standby. Accendi l’auto, poi riprova.',
    },
    'VEHICLE_STATE.CHARGING_IN_PROGRESS': {
      title: 'Ricarica già in corso',
      message: '{vehicle} è già in carica.',
    },
    'VEHICLE_STATE.CHARGING_PLUG_CONNECTED': {
      title: 'Cavo collegato',
      message: '{vehicle} ha il cavo collegato. Scollegalo, poi riprova.',
    },
    'VEHICLE_STATE.DOOR_OPEN': {
      title: 'Portiera aperta',
      message: '{vehicle} non si può bloccare. Chiudi porte, cofano e bagagliaio.',
    },
    'VEHICLE_STATE.FULLY_CHARGED': {
      title: 'Carica completa',
      message: '{vehicle} ha già la batteria carica.',
    },
    'VEHICLE_STATE.IGNITION_ON': {
      title: 'Auto accesa',
      message: '{vehicle} ha il quadro acceso. Riprova ad auto spenta.',
    },
    'VEHICLE_STATE.LOW_BATTERY': {
      title: 'Batteria scarica',
      message: '{vehicle} ha la batteria quasi scarica. Ricaricala, poi riprova.',
    },
    'VEHICLE_STATE.NOT_CHARGING': {
      title: 'Ricarica non attiva',
      message: '{vehicle} non si ricarica. Controlla cavo, colonnina e programmazione.',
    },
    'VEHICLE_STATE.REMOTE_ACCESS_DISABLED': {
      title: 'Accesso remoto disattivato',
      message: '{vehicle} ha l’accesso remoto disattivato. Attivalo nelle impostazioni.',
    },
    'VEHICLE_STATE.TRUNK_OPEN': {
      title: 'Bagagliaio aperto',
      message: 'Il bagagliaio è già aperto.',
    },
    'VEHICLE_STATE.UNREACHABLE': {
      title: 'Auto non raggiungibile',
      message: '{vehicle} non ha segnale mobile. Riprova più tardi.',
    },
  },
  titles: {
    'SERVER.INTERNAL': 'Errore del server',
    'SERVER.MULTIPLE_RECORDS_FOUND': 'Dati batteria in conflitto',
    'SERVER.RECORD_NOT_FOUND': 'Dati batteria mancanti',
    'VEHICLE_STATE.CHARGE_FAULT': 'Conflitto con la programmazione',
    'VEHICLE_STATE.CHARGING_PLUG_NOT_CONNECTED': 'Cavo non collegato',
    'VEHICLE_STATE.HOOD_OPEN': 'Cofano aperto',
  },
  ui: {
    appNameFallback: 'questa app',
    vehicleFallback: 'La tua auto',
    vehicleDescription: '{make} {model} ({year})',
    connectLinkText: 'Ricollega',
    actionRetry: 'Riprova',
    actionRetryIn: 'Riprova tra {seconds}\u00a0s',
    actionReconnect: 'Ricollega',
    actionOpenUrl: 'Apri il link',
    actionContactSupport: 'Contatta l’assistenza',
    actionBilling: 'Fatturazione',
    actionDismiss: 'Ignora',
    severityCritical: 'Errore',
    severityWarning: 'Avviso',
    severityInfo: 'Informazione',
    detailCapacities: 'Capacità della batteria',
    detailFields: 'Campi da controllare',
    detailOther: 'Dettagli',
    toastRegion: 'Notifiche ({hotkey})',
    toastClose: 'Chiudi',
    toastRepeat: '×{count}',
    toastRepeatLabel: 'Mostrato {count}\u00a0volte',
    toastMore: '{count} in più',
    toastResolved: 'Risolto: {title}',
    supportTitle: 'Contatta l’assistenza',
    supportIntro: 'Questi dati ci aiutano.',
    supportNoRequestId: 'Nessun ID richiesta',
    supportRequestId: 'ID richiesta',
    supportCode: 'Codice errore',
    supportTime: 'Ora',
    supportEmail: 'E-mail',
    supportUrl: 'Centro assistenza',
    supportPhone: 'Telefono',
    supportHours: 'Orari',
    supportCopy: 'Copia',
    supportCopied: 'Copiato',
    supportCopyFailed: 'Copia non riuscita',
    supportEmailSubject: 'Assistenza {code} {requestId} ({app})',
    supportEmailBody:
      'App: {app}\nID richiesta: {requestId}\nErrore: {type} {code}\nStato: {status}\nOra: {time}',
    developerDetails: 'Dettagli tecnici',
    opensInNewTab: '(nuova scheda)',
    retryReady: 'Ora puoi riprovare.',
    // Offline notice (issue 20).
    offline: 'Offline. In attesa della rete…',
  },
} satisfies CompleteLocalePack;
