/** German wording: `import de from 'smartcar-error-kit/locales/de'`, then pass it in `locales`. */
import type { CompleteLocalePack } from '../core/messages/LocalePack';

// `{vehicle}` opens sentences (nominative) and is never replaced by a pronoun ("Ihr Auto" and
// "Model 3" differ in gender); `{app}` ("diese App") stands only where nominative or accusative fit.
export default {
  locale: 'de',
  messages: {
    AUTHENTICATION: {
      title: 'Auto neu verbinden',
      message: '{vehicle} ist nicht mehr für {app} freigegeben. Bitte verbinden Sie sich neu.',
    },
    BILLING: {
      title: 'Dienst pausiert',
      message: 'Ein Kontoproblem bei uns hat diesen Dienst pausiert.',
    },
    COMPATIBILITY: {
      title: 'Nicht verfügbar',
      message: '{vehicle} unterstützt diese Funktion noch nicht.',
    },
    CONNECT: {
      title: 'Nicht verbunden',
      message:
        'Die Verbindung für {app} wurde nicht abgeschlossen. Sie können es erneut versuchen.',
    },
    'CONNECT.vehicle_incompatible': {
      title: 'Auto nicht unterstützt',
      message: '{vehicle} kann noch nicht für {app} verwendet werden.',
    },
    CONNECTED_SERVICES_ACCOUNT: {
      title: 'Herstellerkonto prüfen',
      message:
        'Bitte schließen Sie offene Schritte in der App oder auf der Website Ihres Herstellers ab.',
    },
    'CONNECTED_SERVICES_ACCOUNT.NO_VEHICLES': {
      title: 'Auto nicht im Konto',
      message: 'Fügen Sie Ihr Auto Ihrem Herstellerkonto hinzu und verbinden Sie sich dann neu.',
    },
    'CONNECTED_SERVICES_ACCOUNT.SUBSCRIPTION': {
      title: 'Abo inaktiv',
      message: 'Ihr Connected-Services-Abo ist inaktiv. Bitte verlängern Sie es.',
    },
    'CONNECTED_SERVICES_ACCOUNT.VIRTUAL_KEY_REQUIRED': {
      title: 'Virtueller Schlüssel nötig',
      message:
        'Öffnen Sie diesen Link auf Ihrem Handy, um einen virtuellen Schlüssel hinzuzufügen.',
    },
    NETWORK: {
      title: 'Keine Verbindung',
      message: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    },
    PERMISSION: {
      title: 'Berechtigung nötig',
      message: 'Dafür braucht {app} mehr Zugriff. Bitte verbinden Sie sich neu.',
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
      message:
        'Der Dienst Ihres Herstellers antwortet nicht. Bitte versuchen Sie es später erneut.',
    },
    VEHICLE_STATE: {
      title: 'Auto nicht verfügbar',
      message: '{vehicle} kann das gerade nicht ausführen. Bitte versuchen Sie es später erneut.',
    },
    'VEHICLE_STATE.ASLEEP': {
      title: 'Auto im Ruhemodus',
      message: '{vehicle} ist im Ruhemodus. Starten Sie das Fahrzeug und versuchen Sie es erneut.',
    },
    'VEHICLE_STATE.CHARGING_IN_PROGRESS': {
      title: 'Lädt bereits',
      message: '{vehicle} lädt bereits.',
    },
    'VEHICLE_STATE.CHARGING_PLUG_CONNECTED': {
      title: 'Ladekabel eingesteckt',
      message: '{vehicle} hängt am Ladekabel. Ziehen Sie es ab und versuchen Sie es erneut.',
    },
    'VEHICLE_STATE.DOOR_OPEN': {
      title: 'Verriegeln fehlgeschlagen',
      message:
        '{vehicle} konnte nicht verriegeln. Bitte schließen Sie Türen, Motorhaube und Kofferraum.',
    },
    'VEHICLE_STATE.FULLY_CHARGED': {
      title: 'Voll geladen',
      message: '{vehicle} ist bereits voll geladen.',
    },
    'VEHICLE_STATE.IGNITION_ON': {
      title: 'Fahrzeug eingeschaltet',
      message: '{vehicle} ist an oder fährt. Bitte parken, ausschalten und erneut versuchen.',
    },
    'VEHICLE_STATE.LOW_BATTERY': {
      title: 'Akku schwach',
      message:
        '{vehicle} hat zu wenig Akkuladung. Laden Sie das Fahrzeug und versuchen Sie es erneut.',
    },
    'VEHICLE_STATE.NOT_CHARGING': {
      title: 'Ladeproblem',
      message: '{vehicle} lädt nicht wie erwartet. Prüfen Sie Kabel, Ladestation und Ladeplan.',
    },
    'VEHICLE_STATE.REMOTE_ACCESS_DISABLED': {
      title: 'Fernzugriff aus',
      message: '{vehicle} erlaubt keinen Fernzugriff. Aktivieren Sie ihn in den Einstellungen.',
    },
    'VEHICLE_STATE.TRUNK_OPEN': {
      title: 'Kofferraum offen',
      message: 'Der Kofferraum ist bereits offen. Schließen Sie ihn zum Verriegeln.',
    },
    'VEHICLE_STATE.UNREACHABLE': {
      title: 'Auto nicht erreichbar',
      message: '{vehicle} hat keinen Mobilfunkempfang. Bitte versuchen Sie es später erneut.',
    },
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
    supportIntro: 'Diese Angaben helfen unserem Team.',
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
    supportCopyFailed: 'Kopieren fehlgeschlagen',
    supportEmailSubject: 'Supportanfrage {code} {requestId} ({app})',
    supportEmailBody:
      'App: {app}\nAnfrage-ID: {requestId}\nFehler: {type} {code}\nStatus: {status}\nZeit: {time}',
    developerDetails: 'Technische Details',
    opensInNewTab: '(öffnet in neuem Tab)',
    retryReady: 'Sie können es jetzt erneut versuchen.',
  },
} satisfies CompleteLocalePack;
