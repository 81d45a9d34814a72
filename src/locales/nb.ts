/**
 * Norwegian Bokmål wording: `import nb from 'smartcar-error-kit/locales/nb'`, then pass it in
 * `locales` (a browser set to plain `no` gets it too).
 */
import type { CompleteLocalePack } from '../core/messages/LocalePack';

// Addressed as "du". `{vehicle}` opens sentences ("Bilen din" or the vehicle's name); `{app}`
// ("denne appen") never opens one. Counts stay number + symbol, "til" or "ganger" (the repeat
// count is always 2 or more), so neither Intl.PluralRules category needs its own wording.
export default {
  locale: 'nb',
  messages: {
    AUTHENTICATION: {
      title: 'Bilen er frakoblet',
      message: '{vehicle} har mistet forbindelsen med {app}. Koble til på nytt.',
    },
    BILLING: {
      title: 'Tjenesten er satt på pause',
      message: 'Et kontoproblem hos oss har satt denne tjenesten på pause.',
    },
    COMPATIBILITY: {
      title: 'Funksjonen er utilgjengelig',
      message: '{vehicle} støtter ikke denne funksjonen ennå.',
    },
    CONNECT: {
      title: 'Ikke tilkoblet',
      message: 'Tilkoblingen til {app} ble ikke fullført.',
    },
    'CONNECT.vehicle_incompatible': {
      title: 'Bilen støttes ikke',
      message: '{vehicle} er ikke kompatibel med {app} ennå.',
    },
    CONNECTED_SERVICES_ACCOUNT: {
      title: 'Problem med bilkontoen',
      message: 'Fullfør gjenstående trinn i bilmerkets app.',
    },
    'CONNECTED_SERVICES_ACCOUNT.NO_VEHICLES': {
      title: 'Bilen mangler i kontoen',
      message: 'Legg til bilen i kontoen din hos bilmerket.',
    },
    'CONNECTED_SERVICES_ACCOUNT.SUBSCRIPTION': {
      title: 'Abonnementet er inaktivt',
      message: 'Forny abonnementet ditt hos bilmerket.',
    },
    'CONNECTED_SERVICES_ACCOUNT.VIRTUAL_KEY_REQUIRED': {
      title: 'Digital nøkkel kreves',
      message: 'Åpne denne lenken på telefonen.',
    },
    NETWORK: {
      title: 'Ingen tilkobling',
      message: 'Sjekk internettilkoblingen.',
    },
    PERMISSION: {
      title: 'Tillatelse kreves',
      message: 'For dette trenger {app} mer tilgang. Koble til på nytt.',
    },
    RATE_LIMIT: { title: 'For mange forespørsler', message: 'Vent litt, og prøv igjen.' },
    UNKNOWN: { title: 'Noe gikk galt', message: 'Prøv igjen senere.' },
    UPSTREAM: {
      title: 'Bilmerket svarer ikke',
      message: 'Prøv igjen senere.',
    },
    VEHICLE_STATE: {
      title: 'Bilen er utilgjengelig',
      message: '{vehicle} kan ikke gjøre dette akkurat nå. Prøv igjen senere.',
    },
    'VEHICLE_STATE.ASLEEP': {
      title: 'Bilen er i dvale',
      message: '{vehicle} er i dvalemodus. Start bilen, og prøv igjen.',
    },
    'VEHICLE_STATE.CHARGING_IN_PROGRESS': {
      title: 'Lader allerede',
      message: '{vehicle} lader allerede.',
    },
    'VEHICLE_STATE.CHARGING_PLUG_CONNECTED': {
      title: 'Ladekabelen er tilkoblet',
      message: '{vehicle} er koblet til laderen. Koble fra kabelen, og prøv igjen.',
    },
    'VEHICLE_STATE.DOOR_OPEN': {
      title: 'En dør er åpen',
      message: '{vehicle} kunne ikke låses. Lukk dørene, panseret og bagasjerommet.',
    },
    'VEHICLE_STATE.FULLY_CHARGED': {
      title: 'Fulladet',
      message: '{vehicle} er allerede fulladet.',
    },
    'VEHICLE_STATE.IGNITION_ON': {
      title: 'Bilen er på',
      message: '{vehicle} er slått på eller i bevegelse. Prøv igjen når den er slått av.',
    },
    'VEHICLE_STATE.LOW_BATTERY': {
      title: 'Lavt batterinivå',
      message: '{vehicle} har lavt batterinivå. Lad bilen, og prøv igjen.',
    },
    'VEHICLE_STATE.NOT_CHARGING': {
      title: 'Lader ikke',
      message: '{vehicle} lader ikke. Sjekk kabelen, laderen og ladeplanen.',
    },
    'VEHICLE_STATE.REMOTE_ACCESS_DISABLED': {
      title: 'Fjerntilgang er av',
      message: '{vehicle} har fjerntilgang slått av. Slå den på i innstillingene i bilen.',
    },
    'VEHICLE_STATE.TRUNK_OPEN': {
      title: 'Bagasjerommet er åpent',
      message: 'Bagasjerommet er allerede åpent.',
    },
    'VEHICLE_STATE.UNREACHABLE': {
      title: 'Bilen kan ikke nås',
      message: '{vehicle} har ikke mobildekning. Prøv igjen senere.',
    },
  },
  titles: {
    'SERVER.INTERNAL': 'Serverfeil',
    'SERVER.MULTIPLE_RECORDS_FOUND': 'Motstridende batteridata',
    'SERVER.RECORD_NOT_FOUND': 'Batteridata mangler',
    'VEHICLE_STATE.CHARGE_FAULT': 'Konflikt med ladeplan',
    'VEHICLE_STATE.CHARGING_PLUG_NOT_CONNECTED': 'Ladekabelen er ikke koblet til',
    'VEHICLE_STATE.HOOD_OPEN': 'Panseret er åpent',
  },
  ui: {
    appNameFallback: 'denne appen',
    vehicleFallback: 'Bilen din',
    vehicleDescription: '{make} {model} ({year})',
    connectLinkText: 'Koble til på nytt',
    actionRetry: 'Prøv igjen',
    actionRetryIn: 'Prøv igjen om {seconds}\u00a0s',
    actionReconnect: 'Koble til på nytt',
    actionOpenUrl: 'Åpne lenken',
    actionContactSupport: 'Kontakt kundestøtte',
    actionBilling: 'Fakturering',
    actionDismiss: 'Lukk',
    severityCritical: 'Feil',
    severityWarning: 'Advarsel',
    severityInfo: 'Informasjon',
    detailCapacities: 'Batterikapasitet',
    detailFields: 'Felter som må sjekkes',
    detailOther: 'Detaljer',
    toastRegion: 'Varsler ({hotkey})',
    toastClose: 'Lukk',
    toastRepeat: '×{count}',
    toastRepeatLabel: 'Vist {count}\u00a0ganger',
    toastMore: '{count} til',
    toastResolved: 'Løst: {title}',
    supportTitle: 'Kontakt kundestøtte',
    supportIntro: 'Opplysningene hjelper oss.',
    supportNoRequestId: 'Ingen forespørsels-ID',
    supportRequestId: 'Forespørsels-ID',
    supportCode: 'Feilkode',
    supportTime: 'Tidspunkt',
    supportEmail: 'E-post',
    supportUrl: 'Hjelpesenter',
    supportPhone: 'Telefon',
    supportHours: 'Åpningstider',
    supportCopy: 'Kopier',
    supportCopied: 'Kopiert',
    supportCopyFailed: 'Kunne ikke kopiere',
    supportEmailSubject: 'Kundestøtte {code} {requestId} ({app})',
    supportEmailBody:
      'App: {app}\nForespørsels-ID: {requestId}\nFeil: {type} {code}\nStatus: {status}\nTidspunkt: {time}',
    developerDetails: 'Tekniske detaljer',
    opensInNewTab: '(ny fane)',
    retryReady: 'Nå kan du prøve igjen.',
    // Offline notice (issue 20).
    offline: 'Frakoblet. Venter på nettverket…',
  },
} satisfies CompleteLocalePack;
