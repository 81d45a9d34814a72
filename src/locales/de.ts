/** German wording: `import de from 'smartcar-error-kit/locales/de'`, then pass it in `locales`. */
import type { CompleteLocalePack } from '../core/messages/LocalePack';

// `{vehicle}` opens sentences (nominative) and is never replaced by a pronoun ("Ihr Auto" and
// "Model 3" differ in gender); `{app}` ("diese App") stands only where nominative or accusative fit.
export default {
  locale: 'de',
  messages: {
    AUTHENTICATION: {
      title: 'Verbindung getrennt',
      message: '{vehicle} ist nicht mehr mit {app} verbunden. Bitte neu verbinden.',
    },
    BILLING: {
      title: 'Dienst pausiert',
      message: 'Ein Kontoproblem hat diesen Dienst pausiert.',
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
      message: '{vehicle} ist noch nicht mit {app} kompatibel.',
    },
    CONNECTED_SERVICES_ACCOUNT: {
      title: 'Kontoproblem',
      message: 'Bitte schließen Sie offene Schritte in der App Ihres Herstellers ab.',
    },
    'CONNECTED_SERVICES_ACCOUNT.NO_VEHICLES': {
      title: 'Auto nicht im Konto',
      message: 'Fügen Sie Ihr Auto Ihrem Herstellerkonto hinzu, dann neu verbinden.',
    },
    'CONNECTED_SERVICES_ACCOUNT.SUBSCRIPTION': {
      title: 'Abo inaktiv',
      message: 'Bitte verlängern Sie Ihr Connected-Services-Abo.',
    },
    'CONNECTED_SERVICES_ACCOUNT.VIRTUAL_KEY_REQUIRED': {
      title: 'Virtueller Schlüssel nötig',
      message: 'Öffnen Sie diesen Link auf dem Handy.',
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
      message: 'Bitte warten Sie kurz und versuchen Sie es dann erneut.',
    },
    UNKNOWN: {
      title: 'Etwas ist schiefgelaufen',
      message: 'Bitte versuchen Sie es später erneut.',
    },
    UPSTREAM: {
      title: 'Hersteller antwortet nicht',
      message: 'Bitte versuchen Sie es später erneut.',
    },
    VEHICLE_STATE: {
      title: 'Auto nicht verfügbar',
      message: '{vehicle} kann das gerade nicht. Bitte versuchen Sie es später erneut.',
    },
    'VEHICLE_STATE.ASLEEP': {
      title: 'Auto im Ruhemodus',
      message: '{vehicle} ist im Ruhemodus. Bitte starten und erneut versuchen.',
    },
    'VEHICLE_STATE.CHARGING_IN_PROGRESS': {
      title: 'Lädt bereits',
      message: '{vehicle} lädt bereits.',
    },
    'VEHICLE_STATE.CHARGING_PLUG_CONNECTED': {
      title: 'Ladekabel eingesteckt',
      message: '{vehicle} hängt am Ladekabel. Bitte abziehen und erneut versuchen.',
    },
    'VEHICLE_STATE.DOOR_OPEN': {
      title: 'Tür offen',
      message: '{vehicle} konnte nicht verriegeln. Schließen Sie Türen, Motorhaube und Kofferraum.',
    },
    'VEHICLE_STATE.FULLY_CHARGED': {
      title: 'Voll geladen',
      message: '{vehicle} ist bereits voll geladen.',
    },
    'VEHICLE_STATE.IGNITION_ON': {
      title: 'Fahrzeug eingeschaltet',
      message: '{vehicle} ist an oder fährt. Bitte parken und ausschalten.',
    },
    'VEHICLE_STATE.LOW_BATTERY': {
      title: 'Akku schwach',
      message: '{vehicle} hat zu wenig Akkuladung. Bitte laden.',
    },
    'VEHICLE_STATE.NOT_CHARGING': {
      title: 'Lädt nicht',
      message: '{vehicle} lädt nicht. Prüfen Sie Kabel, Ladestation und Ladeplan.',
    },
    'VEHICLE_STATE.REMOTE_ACCESS_DISABLED': {
      title: 'Fernzugriff aus',
      message: '{vehicle} erlaubt keinen Fernzugriff. Bitte in den Einstellungen aktivieren.',
    },
    'VEHICLE_STATE.TRUNK_OPEN': {
      title: 'Kofferraum offen',
      message: 'Der Kofferraum ist schon offen.',
    },
    'VEHICLE_STATE.UNREACHABLE': {
      title: 'Auto nicht erreichbar',
      message: '{vehicle} hat keinen Mobilfunkempfang. Bitte versuchen Sie es später erneut.',
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
    supportEmailSubject: 'Supportanfrage {code} {requestId} ({app})',
    supportEmailBody:
      'App: {app}\nAnfrage-ID: {requestId}\nFehler: {type} {code}\nStatus: {status}\nZeit: {time}',
    developerDetails: 'Technische Details',
    opensInNewTab: '(neuer Tab)',
    retryReady: 'Jetzt erneut versuchen.',
  },
} satisfies CompleteLocalePack;
