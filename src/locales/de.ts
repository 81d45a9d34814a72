/** German wording: `import de from 'smartcar-error-kit/locales/de'`, then pass it in `locales`. */
import type { CompleteLocalePack } from '../core/messages/LocalePack';

// `{vehicle}` opens sentences (nominative) and is never replaced by a pronoun ("Ihr Auto" and
// "Model 3" differ in gender); `{app}` ("diese App") stands only where nominative or accusative
// fit.
export default {
  locale: 'de',
  messages: {
    AUTHENTICATION: {
      title: 'Verbindung getrennt',
      message: '{vehicle} ist nicht mehr mit {app} verbunden. Bitte neu verbinden.',
    },
    BILLING: {
      title: 'Dienst pausiert',
      message: 'Ein Kontoproblem pausiert diesen Dienst.',
    },
    COMPATIBILITY: {
      title: 'Funktion nicht verfügbar',
      message: '{vehicle} unterstützt diese Funktion noch nicht.',
    },
    CONNECT: {
      title: 'Nicht verbunden',
      message: 'Die Verbindung mit {app} wurde nicht abgeschlossen.',
    },
    'CONNECT.vehicle_incompatible': {
      title: 'Auto nicht unterstützt',
      message: '{vehicle} wird von {app} noch nicht unterstützt.',
    },
    CONNECTED_SERVICES_ACCOUNT: {
      title: 'Kontoproblem',
      message: 'Schließen Sie offene Schritte in der Hersteller-App ab.',
    },
    'CONNECTED_SERVICES_ACCOUNT.NO_VEHICLES': {
      title: 'Auto nicht im Konto',
      message: 'Fügen Sie Ihr Auto Ihrem Herstellerkonto hinzu.',
    },
    'CONNECTED_SERVICES_ACCOUNT.SUBSCRIPTION': {
      title: 'Abo inaktiv',
      message: 'Bitte verlängern Sie Ihr Hersteller-Abo.',
    },
    'CONNECTED_SERVICES_ACCOUNT.VIRTUAL_KEY_REQUIRED': {
      title: 'Virtueller Schlüssel nötig',
      message: 'Öffnen Sie den Link auf dem Handy.',
    },
    NETWORK: {
      title: 'Keine Verbindung',
      message: 'Bitte prüfen Sie Ihre Internetverbindung.',
    },
    PERMISSION: {
      title: 'Berechtigung nötig',
      message: 'Dafür braucht {app} mehr Zugriff. Bitte neu verbinden.',
    },
    RATE_LIMIT: {
      title: 'Zu viele Anfragen',
      message: 'Bitte warten Sie kurz.',
    },
    UNKNOWN: {
      title: 'Etwas ist schiefgelaufen',
      message: 'Bitte später erneut versuchen.',
    },
    UPSTREAM: {
      title: 'Hersteller antwortet nicht',
      message: 'Bitte später erneut versuchen.',
    },
    VEHICLE_STATE: {
      title: 'Auto nicht verfügbar',
      message: '{vehicle} kann das gerade nicht. Bitte später erneut versuchen.',
    },
    'VEHICLE_STATE.ASLEEP': {
      title: 'Auto im Ruhemodus',
      message: '{vehicle} ist im Ruhemodus. Bitte starten.',
    },
    'VEHICLE_STATE.CHARGING_IN_PROGRESS': {
      title: 'Lädt bereits',
      message: '{vehicle} lädt bereits.',
    },
    'VEHICLE_STATE.CHARGING_PLUG_CONNECTED': {
      title: 'Ladekabel eingesteckt',
      message: '{vehicle} hängt am Ladekabel. Bitte abziehen.',
    },
    'VEHICLE_STATE.DOOR_OPEN': {
      title: 'Tür offen',
      message:
        '{vehicle} konnte nicht verriegeln. Bitte Türen, Motorhaube und Kofferraum schließen.',
    },
    'VEHICLE_STATE.FULLY_CHARGED': {
      title: 'Voll geladen',
      message: '{vehicle} ist bereits voll geladen.',
    },
    'VEHICLE_STATE.IGNITION_ON': {
      title: 'Auto eingeschaltet',
      message: '{vehicle} ist eingeschaltet. Bitte parken und ausschalten.',
    },
    'VEHICLE_STATE.LOW_BATTERY': {
      title: 'Akku schwach',
      message: '{vehicle} hat zu wenig Ladung. Bitte laden.',
    },
    'VEHICLE_STATE.NOT_CHARGING': {
      title: 'Lädt nicht',
      message: '{vehicle} lädt nicht. Bitte Kabel, Ladestation und Ladeplan prüfen.',
    },
    'VEHICLE_STATE.REMOTE_ACCESS_DISABLED': {
      title: 'Fernzugriff aus',
      message: '{vehicle} erlaubt keinen Fernzugriff. Bitte in den Einstellungen einschalten.',
    },
    'VEHICLE_STATE.TRUNK_OPEN': {
      title: 'Kofferraum offen',
      message: 'Der Kofferraum ist schon offen.',
    },
    'VEHICLE_STATE.UNREACHABLE': {
      title: 'Auto nicht erreichbar',
      message: '{vehicle} hat keinen Empfang. Bitte später erneut versuchen.',
    },
  },
  titles: {
    'SERVER.INTERNAL': 'Serverfehler',
    'SERVER.MULTIPLE_RECORDS_FOUND': 'Widersprüchliche Akkudaten',
    'SERVER.RECORD_NOT_FOUND': 'Akkudaten fehlen',
    'VEHICLE_STATE.CHARGE_FAULT': 'Konflikt mit Ladeplan',
    'VEHICLE_STATE.CHARGING_PLUG_NOT_CONNECTED': 'Ladekabel nicht eingesteckt',
    'VEHICLE_STATE.HOOD_OPEN': 'Motorhaube offen',
  },
  ui: {
    appNameFallback: 'diese App',
    vehicleFallback: 'Ihr Auto',
    vehicleDescription: '{make} {model} ({year})',
    connectLinkText: 'Neu verbinden',
    actionRetry: 'Erneut versuchen',
    actionRetryIn: 'Erneut versuchen in {seconds}\u00a0s',
    actionReconnect: 'Neu verbinden',
    actionOpenUrl: 'Link öffnen',
    actionContactSupport: 'Support kontaktieren',
    actionBilling: 'Abrechnung',
    actionDismiss: 'Schließen',
    severityCritical: 'Fehler',
    severityWarning: 'Warnung',
    severityInfo: 'Hinweis',
    detailCapacities: 'Akkukapazitäten',
    detailFields: 'Zu prüfende Felder',
    detailOther: 'Details',
    toastRegion: 'Benachrichtigungen ({hotkey})',
    toastClose: 'Schließen',
    toastRepeat: '×{count}',
    toastRepeatLabel: '{count}-mal angezeigt',
    toastMore: '{count} weitere',
    toastResolved: 'Behoben: {title}',
    supportTitle: 'Support kontaktieren',
    supportIntro: 'Diese Angaben helfen uns.',
    supportNoRequestId: 'Keine Anfrage-ID',
    supportRequestId: 'Anfrage-ID',
    supportCode: 'Fehlercode',
    supportTime: 'Zeit',
    supportEmail: 'E-Mail',
    supportUrl: 'Hilfe',
    supportPhone: 'Telefon',
    supportHours: 'Erreichbarkeit',
    supportCopy: 'Kopieren',
    supportCopied: 'Kopiert',
    supportCopyFailed: 'Nicht kopiert',
    supportEmailSubject: 'Support {code} {requestId} ({app})',
    supportEmailBody:
      'App: {app}\nAnfrage-ID: {requestId}\nFehler: {type} {code}\nStatus: {status}\nZeit: {time}',
    developerDetails: 'Technische Details',
    opensInNewTab: '(neuer Tab)',
    retryReady: 'Jetzt erneut versuchen.',
    // Offline notice (issue 20).
    offline: 'Offline. Warten auf Verbindung…',
  },
} satisfies CompleteLocalePack;
