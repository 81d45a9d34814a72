/** French wording: `import fr from 'smartcar-error-kit/locales/fr'`, then pass it in `locales`. */
import type { CompleteLocalePack } from '../core/messages/LocalePack';

// `{vehicle}` opens sentences and never governs an agreeing adjective or participle ("Votre
// voiture" and "Model 3" differ in gender); `{app}` never follows "de" (elision).
export default {
  locale: 'fr',
  messages: {
    AUTHENTICATION: {
      title: 'Voiture déconnectée',
      message: '{vehicle} a perdu la connexion avec {app}. Reconnectez-vous.',
    },
    BILLING: {
      title: 'Service suspendu',
      message: 'Un problème de compte suspend ce service.',
    },
    COMPATIBILITY: {
      title: 'Fonction indisponible',
      message: '{vehicle} n’offre pas encore cette fonction.',
    },
    CONNECT: {
      title: 'Connexion interrompue',
      message: 'La connexion à {app} n’a pas abouti.',
    },
    'CONNECT.vehicle_incompatible': {
      title: 'Voiture non compatible',
      message: '{vehicle} n’est pas encore compatible avec {app}.',
    },
    CONNECTED_SERVICES_ACCOUNT: {
      title: 'Problème de compte',
      message: 'Finalisez votre compte dans l’app du constructeur.',
    },
    'CONNECTED_SERVICES_ACCOUNT.NO_VEHICLES': {
      title: 'Voiture absente du compte',
      message: 'Ajoutez la voiture à votre compte constructeur.',
    },
    'CONNECTED_SERVICES_ACCOUNT.SUBSCRIPTION': {
      title: 'Abonnement inactif',
      message: 'Renouvelez votre abonnement constructeur.',
    },
    'CONNECTED_SERVICES_ACCOUNT.VIRTUAL_KEY_REQUIRED': {
      title: 'Clé virtuelle requise',
      message: 'Ouvrez ce lien sur votre téléphone.',
    },
    NETWORK: {
      title: 'Pas de connexion',
      message: 'Vérifiez votre connexion Internet.',
    },
    PERMISSION: {
      title: 'Autorisation requise',
      message: 'Reconnectez-vous pour donner plus d’accès à {app}.',
    },
    RATE_LIMIT: { title: 'Trop de requêtes', message: 'Patientez un instant, puis réessayez.' },
    UNKNOWN: { title: 'Une erreur est survenue', message: 'Réessayez plus tard.' },
    UPSTREAM: {
      title: 'Constructeur injoignable',
      message: 'Réessayez plus tard.',
    },
    VEHICLE_STATE: {
      title: 'Voiture indisponible',
      message: '{vehicle} ne peut pas le faire. Réessayez plus tard.',
    },
    'VEHICLE_STATE.ASLEEP': {
      title: 'Voiture en veille',
      message: '{vehicle} est en veille. Démarrez la voiture.',
    },
    'VEHICLE_STATE.CHARGING_IN_PROGRESS': {
      title: 'Déjà en charge',
      message: '{vehicle} est déjà en charge.',
    },
    'VEHICLE_STATE.CHARGING_PLUG_CONNECTED': {
      title: 'Câble branché',
      message: '{vehicle} a le câble branché. Débranchez-le.',
    },
    'VEHICLE_STATE.DOOR_OPEN': {
      title: 'Portière ouverte',
      message: '{vehicle} ne peut pas se verrouiller. Fermez portières, capot et coffre.',
    },
    'VEHICLE_STATE.FULLY_CHARGED': {
      title: 'Charge complète',
      message: '{vehicle} a déjà terminé sa charge.',
    },
    'VEHICLE_STATE.IGNITION_ON': {
      title: 'Voiture en marche',
      message: '{vehicle} est en marche. Réessayez à l’arrêt.',
    },
    'VEHICLE_STATE.LOW_BATTERY': {
      title: 'Batterie faible',
      message: '{vehicle} manque de batterie. Rechargez, puis réessayez.',
    },
    'VEHICLE_STATE.NOT_CHARGING': {
      title: 'Pas en charge',
      message: '{vehicle} ne charge pas. Vérifiez câble, borne et programmation.',
    },
    'VEHICLE_STATE.REMOTE_ACCESS_DISABLED': {
      title: 'Accès à distance',
      message: '{vehicle} a l’accès à distance coupé. Activez-le dans les réglages.',
    },
    'VEHICLE_STATE.TRUNK_OPEN': {
      title: 'Coffre ouvert',
      message: 'Le coffre est déjà ouvert.',
    },
    'VEHICLE_STATE.UNREACHABLE': {
      title: 'Voiture injoignable',
      message: '{vehicle} est hors réseau. Réessayez plus tard.',
    },
  },
  titles: {
    'SERVER.INTERNAL': 'Erreur du serveur',
    'SERVER.MULTIPLE_RECORDS_FOUND': 'Données batterie en conflit',
    'SERVER.RECORD_NOT_FOUND': 'Données batterie absentes',
    'VEHICLE_STATE.CHARGE_FAULT': 'Conflit de programmation',
    'VEHICLE_STATE.CHARGING_PLUG_NOT_CONNECTED': 'Câble non branché',
    'VEHICLE_STATE.HOOD_OPEN': 'Capot ouvert',
  },
  ui: {
    appNameFallback: 'cette application',
    vehicleFallback: 'Votre voiture',
    vehicleDescription: '{make} {model} ({year})',
    connectLinkText: 'Reconnecter',
    actionRetry: 'Réessayer',
    actionRetryIn: 'Réessayer dans {seconds}\u00a0s',
    actionReconnect: 'Reconnecter',
    actionOpenUrl: 'Ouvrir le lien',
    actionContactSupport: 'Contacter l’assistance',
    actionBilling: 'Facturation',
    actionDismiss: 'Fermer',
    severityCritical: 'Erreur',
    severityWarning: 'Avertissement',
    severityInfo: 'Information',
    detailCapacities: 'Capacités de batterie',
    detailFields: 'Champs à vérifier',
    detailOther: 'Détails',
    toastRegion: 'Notifications ({hotkey})',
    toastClose: 'Fermer',
    toastRepeat: '×{count}',
    toastRepeatLabel: 'Affiché {count}\u00a0fois',
    toastMore: '{count} de plus',
    toastResolved: 'Résolu\u00a0: {title}',
    supportTitle: 'Contacter l’assistance',
    supportIntro: 'Ces détails nous aident.',
    supportNoRequestId: 'Aucun ID',
    supportRequestId: 'ID de requête',
    supportCode: 'Code d’erreur',
    supportTime: 'Heure',
    supportEmail: 'E-mail',
    supportUrl: 'Aide en ligne',
    supportPhone: 'Téléphone',
    supportHours: 'Horaires',
    supportCopy: 'Copier',
    supportCopied: 'Copié',
    supportCopyFailed: 'Copie impossible',
    supportEmailSubject: 'Assistance {code} {requestId} ({app})',
    supportEmailBody:
      'App : {app}\nID : {requestId}\nErreur : {type} {code}\nStatut : {status}\nHeure : {time}',
    developerDetails: 'Détails techniques',
    opensInNewTab: '(nouvel onglet)',
    retryReady: 'Vous pouvez réessayer.',
    // Offline notice (issue 20).
    offline: 'Hors ligne. En attente de connexion…',
  },
} satisfies CompleteLocalePack;
