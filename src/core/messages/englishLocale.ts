import type { CompleteLocalePack } from './LocalePack';

/*
 * Style: short, calm, actionable, never blaming. `{vehicle}` only opens a sentence ("Your car",
 * or the vehicle's name); `{app}` never does (its stand-in is "this app").
 */

/** The kit's own English wording, built into `./core`; every other pack falls back to it. */
export const englishLocale: CompleteLocalePack = {
  locale: 'en',
  messages: {
    AUTHENTICATION: {
      title: 'Car disconnected',
      message: '{vehicle} lost its connection to {app}. Please reconnect.',
    },
    BILLING: {
      title: 'Service paused',
      message: 'An account issue on our side has paused this service.',
    },
    COMPATIBILITY: {
      title: 'Feature not available',
      message: '{vehicle} doesn’t support this feature yet.',
    },
    CONNECT: {
      title: 'Not connected',
      message: 'The connection to {app} wasn’t completed.',
    },
    'CONNECT.vehicle_incompatible': {
      title: 'Car not supported',
      message: '{vehicle} isn’t compatible with {app} yet.',
    },
    CONNECTED_SERVICES_ACCOUNT: {
      title: 'Car account issue',
      message: 'Please finish any open steps in your car brand’s app.',
    },
    'CONNECTED_SERVICES_ACCOUNT.NO_VEHICLES': {
      title: 'Car not in your account',
      message: 'Add your car to your car brand’s account, then reconnect.',
    },
    'CONNECTED_SERVICES_ACCOUNT.SUBSCRIPTION': {
      title: 'Subscription inactive',
      message: 'Please renew your connected services subscription with your car brand.',
    },
    'CONNECTED_SERVICES_ACCOUNT.VIRTUAL_KEY_REQUIRED': {
      title: 'Virtual key needed',
      message: 'Open this link on your phone.',
    },
    NETWORK: { title: 'No connection', message: 'Check your internet connection and try again.' },
    PERMISSION: {
      title: 'Permission needed',
      message: 'For this, {app} needs more access. Please reconnect.',
    },
    RATE_LIMIT: { title: 'Too many requests', message: 'Please wait a moment, then try again.' },
    UNKNOWN: { title: 'Something went wrong', message: 'Please try again later.' },
    UPSTREAM: {
      title: 'Car brand not responding',
      message: 'Please try again later.',
    },
    VEHICLE_STATE: {
      title: 'Car unavailable',
      message: '{vehicle} can’t do this right now. Please try again later.',
    },
    'VEHICLE_STATE.ASLEEP': {
      title: 'Car asleep',
      message: '{vehicle} is asleep. Start it, then try again.',
    },
    'VEHICLE_STATE.CHARGING_IN_PROGRESS': {
      title: 'Already charging',
      message: '{vehicle} is already charging.',
    },
    'VEHICLE_STATE.CHARGING_PLUG_CONNECTED': {
      title: 'Charger plugged in',
      message: '{vehicle} is plugged in. Unplug the charger, then try again.',
    },
    'VEHICLE_STATE.DOOR_OPEN': {
      title: 'Door open',
      message: '{vehicle} couldn’t lock. Please close the doors, hood and trunk.',
    },
    'VEHICLE_STATE.FULLY_CHARGED': {
      title: 'Fully charged',
      message: '{vehicle} is already fully charged.',
    },
    'VEHICLE_STATE.IGNITION_ON': {
      title: 'Car switched on',
      message: '{vehicle} is on or moving. Once it’s parked and off, try again.',
    },
    'VEHICLE_STATE.LOW_BATTERY': {
      title: 'Battery low',
      message: '{vehicle} is low on battery. Please charge it, then try again.',
    },
    'VEHICLE_STATE.NOT_CHARGING': {
      title: 'Not charging',
      message: '{vehicle} isn’t charging. Check the cable, charger and charging schedule.',
    },
    'VEHICLE_STATE.REMOTE_ACCESS_DISABLED': {
      title: 'Remote access off',
      message: '{vehicle} has remote access turned off. Turn it on in the car’s settings.',
    },
    'VEHICLE_STATE.TRUNK_OPEN': {
      title: 'Trunk open',
      message: 'The trunk is already open.',
    },
    'VEHICLE_STATE.UNREACHABLE': {
      title: 'Car unreachable',
      message: '{vehicle} has no mobile signal. Try again where coverage is better.',
    },
  },
  titles: {
    'SERVER.INTERNAL': 'Server error',
    'SERVER.MULTIPLE_RECORDS_FOUND': 'Conflicting battery data',
    'SERVER.RECORD_NOT_FOUND': 'Battery data missing',
    'VEHICLE_STATE.CHARGE_FAULT': 'Charging schedule conflict',
    'VEHICLE_STATE.CHARGING_PLUG_NOT_CONNECTED': 'Charger not plugged in',
    'VEHICLE_STATE.HOOD_OPEN': 'Hood open',
  },
  ui: {
    appNameFallback: 'this app',
    vehicleFallback: 'Your car',
    vehicleDescription: '{year} {make} {model}',
    connectLinkText: 'Reconnect',
    actionRetry: 'Try again',
    actionRetryIn: 'Try again in {seconds} s',
    actionReconnect: 'Reconnect',
    actionOpenUrl: 'Open link',
    actionContactSupport: 'Contact support',
    actionBilling: 'Billing',
    actionDismiss: 'Dismiss',
    severityCritical: 'Error',
    severityWarning: 'Warning',
    severityInfo: 'Information',
    detailCapacities: 'Battery capacities',
    detailFields: 'Fields to check',
    detailOther: 'Details',
    toastRegion: 'Notifications ({hotkey})',
    toastClose: 'Close',
    toastRepeat: '×{count}',
    toastRepeatLabel: 'Shown {count} times',
    toastMore: '{count} more',
    toastResolved: 'Resolved: {title}',
    supportTitle: 'Contact support',
    supportIntro: 'These details help our team help you.',
    supportNoRequestId: 'No request ID',
    supportRequestId: 'Request ID',
    supportCode: 'Error code',
    supportTime: 'Time',
    supportEmail: 'Email',
    supportUrl: 'Help center',
    supportPhone: 'Phone',
    supportHours: 'Hours',
    supportCopy: 'Copy',
    supportCopied: 'Copied',
    supportCopyFailed: 'Couldn’t copy',
    supportEmailSubject: 'Support request {code} {requestId} ({app})',
    supportEmailBody:
      'App: {app}\nRequest ID: {requestId}\nError: {type} {code}\nStatus: {status}\nTime: {time}',
    developerDetails: 'Technical details',
    opensInNewTab: '(opens in a new tab)',
    retryReady: 'You can try again now.',
  },
};
