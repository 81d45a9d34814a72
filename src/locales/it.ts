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
      title: 'Ricollega la tua auto',
      message: '{vehicle} ha perso il collegamento con {app}. Ricollega l’auto per continuare.',
    },
    BILLING: {
      title: 'Servizio sospeso',
      message: 'Un problema con il nostro account ha sospeso questo servizio.',
    },
    COMPATIBILITY: {
      title: 'Non disponibile',
      message: '{vehicle} non supporta ancora questa funzione.',
    },
    CONNECT: {
      title: 'Collegamento non riuscito',
      message: 'Il collegamento con {app} non è stato completato. Puoi riprovare.',
    },
    'CONNECT.vehicle_incompatible': {
      title: 'Auto non supportata',
      message: '{vehicle} non è ancora compatibile con {app}.',
    },
    CONNECTED_SERVICES_ACCOUNT: {
      title: 'Controlla il tuo account',
      message: 'Completa i passaggi in sospeso nell’app o sul sito del costruttore.',
    },
    'CONNECTED_SERVICES_ACCOUNT.NO_VEHICLES': {
      title: 'Auto non presente nell’account',
      message: 'Aggiungi l’auto al tuo account del costruttore, poi ricollegala.',
    },
    'CONNECTED_SERVICES_ACCOUNT.SUBSCRIPTION': {
      title: 'Abbonamento non attivo',
      message: 'Il tuo abbonamento ai servizi connessi non è attivo. Rinnovalo con il costruttore.',
    },
    'CONNECTED_SERVICES_ACCOUNT.VIRTUAL_KEY_REQUIRED': {
      title: 'Serve una chiave virtuale',
      message: 'Apri questo link sul telefono per aggiungere una chiave virtuale.',
    },
    NETWORK: {
      title: 'Nessuna connessione',
      message: 'Controlla la connessione a Internet e riprova.',
    },
    PERMISSION: {
      title: 'Autorizzazione necessaria',
      message: 'Per farlo, {app} ha bisogno di altri permessi. Ricollega l’auto per concederli.',
    },
    RATE_LIMIT: { title: 'Troppe richieste', message: 'Attendi un momento, poi riprova.' },
    UNKNOWN: { title: 'Si è verificato un problema', message: 'Riprova più tardi.' },
    UPSTREAM: {
      title: 'Il costruttore non risponde',
      message: 'Il servizio del costruttore non risponde. Riprova più tardi.',
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
      message: '{vehicle} ha il cavo di ricarica collegato. Scollegalo, poi riprova.',
    },
    'VEHICLE_STATE.DOOR_OPEN': {
      title: 'Blocco non riuscito',
      message: '{vehicle} non si può bloccare. Chiudi porte, cofano e bagagliaio.',
    },
    'VEHICLE_STATE.FULLY_CHARGED': {
      title: 'Carica completa',
      message: '{vehicle} ha già la batteria carica.',
    },
    'VEHICLE_STATE.IGNITION_ON': {
      title: 'Auto accesa',
      message: '{vehicle} ha il quadro acceso. Riprova ad auto parcheggiata e spenta.',
    },
    'VEHICLE_STATE.LOW_BATTERY': {
      title: 'Batteria scarica',
      message: '{vehicle} ha la batteria quasi scarica. Ricaricala, poi riprova.',
    },
    'VEHICLE_STATE.NOT_CHARGING': {
      title: 'Problema di ricarica',
      message:
        '{vehicle} non si ricarica come previsto. Controlla cavo, colonnina e programmazione.',
    },
    'VEHICLE_STATE.REMOTE_ACCESS_DISABLED': {
      title: 'Accesso remoto disattivato',
      message: '{vehicle} ha l’accesso remoto disattivato. Attivalo nelle impostazioni dell’auto.',
    },
    'VEHICLE_STATE.TRUNK_OPEN': {
      title: 'Bagagliaio aperto',
      message: 'Il bagagliaio è già aperto. Chiudilo per bloccare l’auto.',
    },
    'VEHICLE_STATE.UNREACHABLE': {
      title: 'Auto non raggiungibile',
      message: '{vehicle} non ha segnale mobile. Riprova dove la copertura è migliore.',
    },
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
    supportIntro: 'Questi dati aiutano il nostro team ad aiutarti.',
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
    supportEmailSubject: 'Richiesta di assistenza {code} {requestId} ({app})',
    supportEmailBody:
      'App: {app}\nID richiesta: {requestId}\nErrore: {type} {code}\nStato: {status}\nOra: {time}',
    developerDetails: 'Dettagli tecnici',
    opensInNewTab: '(si apre in una nuova scheda)',
    retryReady: 'Ora puoi riprovare.',
  },
} satisfies CompleteLocalePack;
