/** Swedish wording: `import sv from 'smartcar-error-kit/locales/sv'`, then pass it in `locales`. */
import type { CompleteLocalePack } from '../core/messages/LocalePack';

// Addressed as "du". `{vehicle}` opens sentences ("Din bil" or the vehicle's name, both
// common gender, so "kompatibel", "ansluten" agree with either); `{app}` ("den här appen") never
// opens one. Counts stay number + symbol, "till" or "gånger" (the repeat count is always 2 or
// more), so neither Intl.PluralRules category needs its own wording.
export default {
  locale: 'sv',
  messages: {
    AUTHENTICATION: {
      title: 'Bilen är frånkopplad',
      message: '{vehicle} har tappat anslutningen till {app}. Anslut igen.',
    },
    BILLING: {
      title: 'Tjänsten är pausad',
      message: 'Ett kontoproblem hos oss har pausat tjänsten.',
    },
    COMPATIBILITY: {
      title: 'Funktionen saknas',
      message: '{vehicle} har inte stöd för den här funktionen än.',
    },
    CONNECT: {
      title: 'Inte ansluten',
      message: 'Anslutningen till {app} slutfördes inte.',
    },
    'CONNECT.vehicle_incompatible': {
      title: 'Bilen stöds inte',
      message: '{vehicle} är inte kompatibel med {app} än.',
    },
    CONNECTED_SERVICES_ACCOUNT: {
      title: 'Problem med bilkontot',
      message: 'Slutför de steg som återstår i bilmärkets app.',
    },
    'CONNECTED_SERVICES_ACCOUNT.NO_VEHICLES': {
      title: 'Bilen saknas i kontot',
      message: 'Lägg till bilen i ditt konto hos bilmärket.',
    },
    'CONNECTED_SERVICES_ACCOUNT.SUBSCRIPTION': {
      title: 'Abonnemanget är inaktivt',
      message: 'Förnya ditt abonnemang hos bilmärket.',
    },
    'CONNECTED_SERVICES_ACCOUNT.VIRTUAL_KEY_REQUIRED': {
      title: 'Digital nyckel krävs',
      message: 'Öppna länken på telefonen.',
    },
    NETWORK: {
      title: 'Ingen anslutning',
      message: 'Kontrollera internetanslutningen.',
    },
    PERMISSION: {
      title: 'Behörighet krävs',
      message: 'För det här behöver {app} mer åtkomst. Anslut igen.',
    },
    RATE_LIMIT: { title: 'För många förfrågningar', message: 'Vänta en stund och försök igen.' },
    UNKNOWN: { title: 'Något gick fel', message: 'Försök igen senare.' },
    UPSTREAM: {
      title: 'Bilmärket svarar inte',
      message: 'Försök igen senare.',
    },
    VEHICLE_STATE: {
      title: 'Bilen är inte tillgänglig',
      message: '{vehicle} kan inte göra det just nu. Försök igen senare.',
    },
    'VEHICLE_STATE.ASLEEP': {
      title: 'Bilen är i viloläge',
      message: '{vehicle} är i viloläge. Starta bilen och försök igen.',
    },
    'VEHICLE_STATE.CHARGING_IN_PROGRESS': {
      title: 'Laddar redan',
      message: '{vehicle} laddar redan.',
    },
    'VEHICLE_STATE.CHARGING_PLUG_CONNECTED': {
      title: 'Laddkabeln är ansluten',
      message: '{vehicle} är ansluten till laddaren. Koppla ur kabeln och försök igen.',
    },
    'VEHICLE_STATE.DOOR_OPEN': {
      title: 'En dörr är öppen',
      message: '{vehicle} kunde inte låsas. Stäng dörrarna, motorhuven och bagageluckan.',
    },
    'VEHICLE_STATE.FULLY_CHARGED': {
      title: 'Fulladdad',
      message: '{vehicle} är redan fulladdad.',
    },
    'VEHICLE_STATE.IGNITION_ON': {
      title: 'Bilen är påslagen',
      message: '{vehicle} är påslagen eller i rörelse. Försök igen när den är avstängd.',
    },
    'VEHICLE_STATE.LOW_BATTERY': {
      title: 'Låg batterinivå',
      message: '{vehicle} har låg batterinivå. Ladda bilen och försök igen.',
    },
    'VEHICLE_STATE.NOT_CHARGING': {
      title: 'Laddar inte',
      message: '{vehicle} laddar inte. Kontrollera kabeln, laddaren och laddschemat.',
    },
    'VEHICLE_STATE.REMOTE_ACCESS_DISABLED': {
      title: 'Fjärråtkomst avstängd',
      message: '{vehicle} har fjärråtkomst avstängd. Slå på den i bilens inställningar.',
    },
    'VEHICLE_STATE.TRUNK_OPEN': {
      title: 'Bagageluckan är öppen',
      message: 'Bagageluckan är redan öppen.',
    },
    'VEHICLE_STATE.UNREACHABLE': {
      title: 'Bilen går inte att nå',
      message: '{vehicle} saknar mobiltäckning. Försök igen senare.',
    },
  },
  titles: {
    'SERVER.INTERNAL': 'Serverfel',
    'SERVER.MULTIPLE_RECORDS_FOUND': 'Motstridiga batteridata',
    'SERVER.RECORD_NOT_FOUND': 'Batteridata saknas',
    'VEHICLE_STATE.CHARGE_FAULT': 'Krock med laddschema',
    'VEHICLE_STATE.CHARGING_PLUG_NOT_CONNECTED': 'Laddkabeln är inte ansluten',
    'VEHICLE_STATE.HOOD_OPEN': 'Motorhuven är öppen',
  },
  ui: {
    appNameFallback: 'den här appen',
    vehicleFallback: 'Din bil',
    vehicleDescription: '{make} {model} ({year})',
    connectLinkText: 'Anslut igen',
    actionRetry: 'Försök igen',
    actionRetryIn: 'Försök igen om {seconds}\u00a0s',
    actionReconnect: 'Anslut igen',
    actionOpenUrl: 'Öppna länken',
    actionContactSupport: 'Kontakta support',
    actionBilling: 'Fakturering',
    actionDismiss: 'Stäng',
    severityCritical: 'Fel',
    severityWarning: 'Varning',
    severityInfo: 'Information',
    detailCapacities: 'Batterikapacitet',
    detailFields: 'Fält att kontrollera',
    detailOther: 'Detaljer',
    toastRegion: 'Aviseringar ({hotkey})',
    toastClose: 'Stäng',
    toastRepeat: '×{count}',
    toastRepeatLabel: 'Visad {count}\u00a0gånger',
    toastMore: '{count} till',
    toastResolved: 'Löst: {title}',
    supportTitle: 'Kontakta support',
    supportIntro: 'Uppgifterna hjälper oss.',
    supportNoRequestId: 'Inget förfrågnings-ID',
    supportRequestId: 'Förfrågnings-ID',
    supportCode: 'Felkod',
    supportTime: 'Tid',
    supportEmail: 'E-post',
    supportUrl: 'Hjälpcenter',
    supportPhone: 'Telefon',
    supportHours: 'Öppettider',
    supportCopy: 'Kopiera',
    supportCopied: 'Kopierat',
    supportCopyFailed: 'Kunde inte kopiera',
    supportEmailSubject: 'Supportärende {code} {requestId} ({app})',
    supportEmailBody:
      'App: {app}\nFörfrågnings-ID: {requestId}\nFel: {type} {code}\nStatus: {status}\nTid: {time}',
    developerDetails: 'Tekniska detaljer',
    opensInNewTab: '(ny flik)',
    retryReady: 'Nu kan du försöka igen.',
    // Offline notice (issue 20).
    offline: 'Offline. Väntar på nätverket…',
  },
} satisfies CompleteLocalePack;
