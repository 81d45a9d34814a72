/** Dutch wording: `import nl from 'smartcar-error-kit/locales/nl'`, then pass it in `locales`. */
import type { CompleteLocalePack } from '../core/messages/LocalePack';

// Addressed as "je", as Dutch and Flemish car apps are. `{vehicle}` opens sentences ("Je auto"
// or the vehicle's name, both "de" words); `{app}` ("deze app") never opens one. Counts stay
// number + symbol or "keer" (the same for every count), so no plural category needs its own text.
export default {
  locale: 'nl',
  messages: {
    AUTHENTICATION: {
      title: 'Auto losgekoppeld',
      message: '{vehicle} is niet meer verbonden met {app}. Maak opnieuw verbinding.',
    },
    BILLING: {
      title: 'Dienst gepauzeerd',
      message: 'Door een accountprobleem is deze dienst gepauzeerd.',
    },
    COMPATIBILITY: {
      title: 'Functie niet beschikbaar',
      message: '{vehicle} ondersteunt deze functie nog niet.',
    },
    CONNECT: {
      title: 'Niet verbonden',
      message: 'De verbinding met {app} is niet voltooid.',
    },
    'CONNECT.vehicle_incompatible': {
      title: 'Auto niet ondersteund',
      message: '{vehicle} is nog niet compatibel met {app}.',
    },
    CONNECTED_SERVICES_ACCOUNT: {
      title: 'Probleem met je account',
      message: 'Rond de openstaande stappen af in de app van je automerk.',
    },
    'CONNECTED_SERVICES_ACCOUNT.NO_VEHICLES': {
      title: 'Auto niet in je account',
      message: 'Voeg je auto toe aan je account bij het automerk.',
    },
    'CONNECTED_SERVICES_ACCOUNT.SUBSCRIPTION': {
      title: 'Abonnement niet actief',
      message: 'Verleng je abonnement bij het automerk.',
    },
    'CONNECTED_SERVICES_ACCOUNT.VIRTUAL_KEY_REQUIRED': {
      title: 'Digitale sleutel nodig',
      message: 'Open deze link op je telefoon.',
    },
    NETWORK: {
      title: 'Geen verbinding',
      message: 'Controleer je internetverbinding.',
    },
    PERMISSION: {
      title: 'Toestemming nodig',
      message: 'Hiervoor heeft {app} meer toegang nodig. Maak opnieuw verbinding.',
    },
    RATE_LIMIT: { title: 'Te veel verzoeken', message: 'Wacht even en probeer het dan opnieuw.' },
    UNKNOWN: { title: 'Er ging iets mis', message: 'Probeer het later opnieuw.' },
    UPSTREAM: {
      title: 'Automerk reageert niet',
      message: 'Probeer het later opnieuw.',
    },
    VEHICLE_STATE: {
      title: 'Auto niet beschikbaar',
      message: '{vehicle} kan dit nu niet doen. Probeer het later opnieuw.',
    },
    'VEHICLE_STATE.ASLEEP': {
      title: 'Auto in slaapstand',
      message: '{vehicle} staat in de slaapstand. Start de auto en probeer het opnieuw.',
    },
    'VEHICLE_STATE.CHARGING_IN_PROGRESS': {
      title: 'Laadt al',
      message: '{vehicle} is al aan het laden.',
    },
    'VEHICLE_STATE.CHARGING_PLUG_CONNECTED': {
      title: 'Laadkabel aangesloten',
      message: '{vehicle} is aangesloten op de lader. Koppel de kabel los.',
    },
    'VEHICLE_STATE.DOOR_OPEN': {
      title: 'Portier open',
      message: '{vehicle} kon niet vergrendelen. Sluit portieren, motorkap en kofferbak.',
    },
    'VEHICLE_STATE.FULLY_CHARGED': {
      title: 'Volledig opgeladen',
      message: '{vehicle} is al volledig opgeladen.',
    },
    'VEHICLE_STATE.IGNITION_ON': {
      title: 'Auto staat aan',
      message: '{vehicle} staat aan of rijdt. Probeer het opnieuw als hij uit staat.',
    },
    'VEHICLE_STATE.LOW_BATTERY': {
      title: 'Accu bijna leeg',
      message: '{vehicle} heeft een bijna lege accu. Laad de auto op.',
    },
    'VEHICLE_STATE.NOT_CHARGING': {
      title: 'Laadt niet',
      message: '{vehicle} laadt niet. Controleer de kabel, de laadpaal en de laadtijden.',
    },
    'VEHICLE_STATE.REMOTE_ACCESS_DISABLED': {
      title: 'Toegang op afstand uit',
      message: '{vehicle} heeft toegang op afstand uit. Zet dit aan in de instellingen.',
    },
    'VEHICLE_STATE.TRUNK_OPEN': {
      title: 'Kofferbak open',
      message: 'De kofferbak is al open.',
    },
    'VEHICLE_STATE.UNREACHABLE': {
      title: 'Auto onbereikbaar',
      message: '{vehicle} heeft geen mobiel bereik. Probeer het later opnieuw.',
    },
  },
  titles: {
    'SERVER.INTERNAL': 'Serverfout',
    'SERVER.MULTIPLE_RECORDS_FOUND': 'Tegenstrijdige accugegevens',
    'SERVER.RECORD_NOT_FOUND': 'Accugegevens ontbreken',
    'VEHICLE_STATE.CHARGE_FAULT': 'Conflict met laadschema',
    'VEHICLE_STATE.CHARGING_PLUG_NOT_CONNECTED': 'Laadkabel niet aangesloten',
    'VEHICLE_STATE.HOOD_OPEN': 'Motorkap open',
  },
  ui: {
    appNameFallback: 'deze app',
    vehicleFallback: 'Je auto',
    vehicleDescription: '{make} {model} ({year})',
    connectLinkText: 'Opnieuw verbinden',
    actionRetry: 'Opnieuw proberen',
    actionRetryIn: 'Opnieuw proberen over {seconds}\u00a0s',
    actionReconnect: 'Opnieuw verbinden',
    actionOpenUrl: 'Link openen',
    actionContactSupport: 'Contact opnemen',
    actionBilling: 'Facturatie',
    actionDismiss: 'Negeren',
    severityCritical: 'Fout',
    severityWarning: 'Waarschuwing',
    severityInfo: 'Informatie',
    detailCapacities: 'Accucapaciteit',
    detailFields: 'Te controleren velden',
    detailOther: 'Details',
    toastRegion: 'Meldingen ({hotkey})',
    toastClose: 'Sluiten',
    toastRepeat: '×{count}',
    toastRepeatLabel: '{count}\u00a0keer getoond',
    toastMore: 'Nog {count}',
    toastResolved: 'Opgelost: {title}',
    supportTitle: 'Contact met support',
    supportIntro: 'Zo kan ons team je helpen.',
    supportNoRequestId: 'Geen aanvraag-ID',
    supportRequestId: 'Aanvraag-ID',
    supportCode: 'Foutcode',
    supportTime: 'Tijd',
    supportEmail: 'E-mail',
    supportUrl: 'Helpcentrum',
    supportPhone: 'Telefoon',
    supportHours: 'Openingstijden',
    supportCopy: 'Kopiëren',
    supportCopied: 'Gekopieerd',
    supportCopyFailed: 'Kopiëren mislukt',
    supportEmailSubject: 'Support {code} {requestId} ({app})',
    supportEmailBody:
      'App: {app}\nAanvraag-ID: {requestId}\nFout: {type} {code}\nStatus: {status}\nTijd: {time}',
    developerDetails: 'Technische details',
    opensInNewTab: '(nieuw tabblad)',
    retryReady: 'Probeer het nu opnieuw.',
    // Offline notice (issue 20).
    offline: 'Offline. Wachten op verbinding…',
  },
} satisfies CompleteLocalePack;
