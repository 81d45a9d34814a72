/** Spanish wording: `import es from 'smartcar-error-kit/locales/es'`, then pass it in `locales`. */
import type { CompleteLocalePack } from '../core/messages/LocalePack';

// Neutral Spanish, addressed as "tú". `{vehicle}` opens sentences and never governs an agreeing
// adjective; `{app}` ("esta app") never opens one.
export default {
  locale: 'es',
  messages: {
    AUTHENTICATION: {
      title: 'Vehículo desconectado',
      message: '{vehicle} perdió la conexión con {app}. Vuelve a conectar.',
    },
    BILLING: {
      title: 'Servicio en pausa',
      message: 'Un problema de cuenta ha pausado este servicio.',
    },
    COMPATIBILITY: {
      title: 'Función no disponible',
      message: '{vehicle} aún no admite esta función.',
    },
    CONNECT: {
      title: 'Sin conectar',
      message: 'La conexión con {app} no se completó.',
    },
    'CONNECT.vehicle_incompatible': {
      title: 'Vehículo no compatible',
      message: '{vehicle} aún no es compatible con {app}.',
    },
    CONNECTED_SERVICES_ACCOUNT: {
      title: 'Problema con tu cuenta',
      message: 'Completa los pasos pendientes en la app del fabricante.',
    },
    'CONNECTED_SERVICES_ACCOUNT.NO_VEHICLES': {
      title: 'Vehículo no encontrado',
      message: 'Añade tu vehículo a tu cuenta del fabricante.',
    },
    'CONNECTED_SERVICES_ACCOUNT.SUBSCRIPTION': {
      title: 'Suscripción inactiva',
      message: 'Renueva tu suscripción a los servicios conectados.',
    },
    'CONNECTED_SERVICES_ACCOUNT.VIRTUAL_KEY_REQUIRED': {
      title: 'Falta una llave virtual',
      message: 'Abre este enlace en tu teléfono.',
    },
    NETWORK: {
      title: 'Sin conexión',
      message: 'Revisa tu conexión a internet.',
    },
    PERMISSION: {
      title: 'Se necesita permiso',
      message: 'Para esto, {app} necesita más acceso. Vuelve a conectar.',
    },
    RATE_LIMIT: {
      title: 'Demasiadas solicitudes',
      message: 'Espera un momento e inténtalo de nuevo.',
    },
    UNKNOWN: { title: 'Algo salió mal', message: 'Inténtalo de nuevo más tarde.' },
    UPSTREAM: {
      title: 'El fabricante no responde',
      message: 'Inténtalo de nuevo más tarde.',
    },
    VEHICLE_STATE: {
      title: 'Vehículo no disponible',
      message: '{vehicle} no puede hacerlo ahora. Inténtalo de nuevo más tarde.',
    },
    'VEHICLE_STATE.ASLEEP': {
      title: 'Vehículo en reposo',
      message: '{vehicle} está en reposo. Enciende el vehículo e inténtalo de nuevo.',
    },
    'VEHICLE_STATE.CHARGING_IN_PROGRESS': {
      title: 'Ya está cargando',
      message: '{vehicle} ya está cargando.',
    },
    'VEHICLE_STATE.CHARGING_PLUG_CONNECTED': {
      title: 'Cargador conectado',
      message: '{vehicle} tiene el cargador conectado. Desconéctalo e inténtalo de nuevo.',
    },
    'VEHICLE_STATE.DOOR_OPEN': {
      title: 'Puerta abierta',
      message: '{vehicle} no pudo bloquearse. Cierra las puertas, el capó y el maletero.',
    },
    'VEHICLE_STATE.FULLY_CHARGED': {
      title: 'Carga completa',
      message: '{vehicle} ya tiene la batería llena.',
    },
    'VEHICLE_STATE.IGNITION_ON': {
      title: 'Vehículo en marcha',
      message: '{vehicle} está en marcha. Inténtalo de nuevo con el motor apagado.',
    },
    'VEHICLE_STATE.LOW_BATTERY': {
      title: 'Batería baja',
      message: '{vehicle} tiene poca batería. Carga el vehículo e inténtalo de nuevo.',
    },
    'VEHICLE_STATE.NOT_CHARGING': {
      title: 'No está cargando',
      message: '{vehicle} no carga. Revisa el cable, el cargador y la programación.',
    },
    'VEHICLE_STATE.REMOTE_ACCESS_DISABLED': {
      title: 'Acceso remoto desactivado',
      message: '{vehicle} tiene el acceso remoto desactivado. Actívalo en los ajustes.',
    },
    'VEHICLE_STATE.TRUNK_OPEN': {
      title: 'Maletero abierto',
      message: 'El maletero ya está abierto.',
    },
    'VEHICLE_STATE.UNREACHABLE': {
      title: 'Vehículo sin cobertura',
      message: '{vehicle} no tiene cobertura. Inténtalo de nuevo más tarde.',
    },
  },
  titles: {
    'SERVER.INTERNAL': 'Error del servidor',
    'SERVER.MULTIPLE_RECORDS_FOUND': 'Datos de batería en conflicto',
    'SERVER.RECORD_NOT_FOUND': 'Faltan datos de batería',
    'VEHICLE_STATE.CHARGE_FAULT': 'Conflicto con la programación',
    'VEHICLE_STATE.CHARGING_PLUG_NOT_CONNECTED': 'Cargador no conectado',
    'VEHICLE_STATE.HOOD_OPEN': 'Capó abierto',
  },
  ui: {
    appNameFallback: 'esta app',
    vehicleFallback: 'Tu vehículo',
    vehicleDescription: '{make} {model} ({year})',
    connectLinkText: 'Volver a conectar',
    actionRetry: 'Reintentar',
    actionRetryIn: 'Reintentar en {seconds}\u00a0s',
    actionReconnect: 'Volver a conectar',
    actionOpenUrl: 'Abrir enlace',
    actionContactSupport: 'Contactar con soporte',
    actionBilling: 'Facturación',
    actionDismiss: 'Cerrar',
    severityCritical: 'Error',
    severityWarning: 'Advertencia',
    severityInfo: 'Información',
    detailCapacities: 'Capacidades de batería',
    detailFields: 'Campos que revisar',
    detailOther: 'Detalles',
    toastRegion: 'Notificaciones ({hotkey})',
    toastClose: 'Cerrar',
    toastRepeat: '×{count}',
    toastRepeatLabel: 'Mostrado {count} veces',
    toastMore: '{count} más',
    toastResolved: 'Resuelto: {title}',
    supportTitle: 'Contactar con soporte',
    supportIntro: 'Estos datos nos ayudan.',
    supportNoRequestId: 'Sin ID de solicitud',
    supportRequestId: 'ID de solicitud',
    supportCode: 'Código de error',
    supportTime: 'Hora',
    supportEmail: 'Correo',
    supportUrl: 'Centro de ayuda',
    supportPhone: 'Teléfono',
    supportHours: 'Horario',
    supportCopy: 'Copiar',
    supportCopied: 'Copiado',
    supportCopyFailed: 'No se pudo copiar',
    supportEmailSubject: 'Soporte {code} {requestId} ({app})',
    supportEmailBody:
      'App: {app}\nID de solicitud: {requestId}\nError: {type} {code}\nEstado: {status}\nHora: {time}',
    developerDetails: 'Detalles técnicos',
    opensInNewTab: '(nueva pestaña)',
    retryReady: 'Ya puedes reintentarlo.',
    // Offline notice (issue 20).
    offline: 'Sin conexión. Esperando la red…',
  },
} satisfies CompleteLocalePack;
