/**
 * Arabic wording (Modern Standard Arabic, right to left): `import ar from
 * 'smartcar-error-kit/locales/ar'`, then pass it in `locales`; render the kit inside `dir="rtl"`.
 */
import type { CompleteLocalePack } from '../core/messages/LocalePack';

// `{vehicle}` opens sentences ("سيارتك" or the vehicle's name, read as "السيارة": feminine
// agreement); `{app}` ("هذا التطبيق") never opens one and never takes a clitic (no "بـ{app}").
// Arabic has six plural categories (zero, one, two, few, many, other), so no count is ever
// followed by a counted noun: the countdown uses the unit symbol "ث" (as Intl's narrow unit
// does), the repeat count and "more" put the number after a label ("… : 3", "المزيد (3)").
export default {
  locale: 'ar',
  messages: {
    AUTHENTICATION: {
      title: 'انقطع الربط',
      message: '{vehicle} فقدت الاتصال مع {app}.',
    },
    BILLING: { title: 'الخدمة متوقفة', message: 'الخدمة متوقفة مؤقتا.' },
    COMPATIBILITY: { title: 'الميزة غير متاحة', message: '{vehicle} لا تدعم الميزة.' },
    CONNECT: { title: 'لم يكتمل الربط', message: 'لم يكتمل الربط مع {app}.' },
    'CONNECT.vehicle_incompatible': {
      title: 'السيارة غير مدعومة',
      message: '{vehicle} غير مدعومة في {app}.',
    },
    CONNECTED_SERVICES_ACCOUNT: {
      title: 'مشكلة في حسابك',
      message: 'أكمل إعداد حسابك لدى الصانع.',
    },
    'CONNECTED_SERVICES_ACCOUNT.NO_VEHICLES': {
      title: 'السيارة ليست في حسابك',
      message: 'أضف سيارتك إلى حسابك.',
    },
    'CONNECTED_SERVICES_ACCOUNT.SUBSCRIPTION': {
      title: 'الاشتراك غير نشط',
      message: 'جدد اشتراكك لدى الصانع.',
    },
    'CONNECTED_SERVICES_ACCOUNT.VIRTUAL_KEY_REQUIRED': {
      title: 'يلزم مفتاح رقمي',
      message: 'افتح الرابط على هاتفك.',
    },
    NETWORK: { title: 'لا اتصال', message: 'تحقق من اتصالك بالإنترنت.' },
    PERMISSION: {
      title: 'يلزم إذن',
      message: 'يحتاج {app} إلى إذن. أعد الربط.',
    },
    RATE_LIMIT: { title: 'طلبات كثيرة', message: 'انتظر قليلا.' },
    UNKNOWN: { title: 'حدث خطأ', message: 'أعد المحاولة لاحقا.' },
    UPSTREAM: {
      title: 'الصانع غير متاح',
      message: 'أعد المحاولة لاحقا.',
    },
    VEHICLE_STATE: {
      title: 'السيارة غير متاحة',
      message: '{vehicle} لا تستطيع ذلك الآن.',
    },
    'VEHICLE_STATE.ASLEEP': {
      title: 'وضع السكون',
      message: '{vehicle} في وضع السكون. شغلها أولا.',
    },
    'VEHICLE_STATE.CHARGING_IN_PROGRESS': {
      title: 'قيد الشحن بالفعل',
      message: '{vehicle} قيد الشحن بالفعل.',
    },
    'VEHICLE_STATE.CHARGING_PLUG_CONNECTED': {
      title: 'الشاحن موصول',
      message: '{vehicle} موصولة بالشاحن. افصلها أولا.',
    },
    'VEHICLE_STATE.DOOR_OPEN': {
      title: 'باب مفتوح',
      message: '{vehicle} لم تقفل. أغلق الأبواب.',
    },
    'VEHICLE_STATE.FULLY_CHARGED': { title: 'الشحن مكتمل', message: '{vehicle} مكتملة الشحن.' },
    'VEHICLE_STATE.IGNITION_ON': {
      title: 'المحرك يعمل',
      message: '{vehicle} قيد التشغيل. أطفئها أولا.',
    },
    'VEHICLE_STATE.LOW_BATTERY': {
      title: 'البطارية منخفضة',
      message: '{vehicle} بطاريتها منخفضة.',
    },
    'VEHICLE_STATE.NOT_CHARGING': {
      title: 'السيارة لا تشحن',
      message: '{vehicle} لا تشحن. تحقق من الكابل.',
    },
    'VEHICLE_STATE.REMOTE_ACCESS_DISABLED': {
      title: 'الوصول عن بعد',
      message: '{vehicle} تمنع الوصول عن بعد.',
    },
    'VEHICLE_STATE.TRUNK_OPEN': {
      title: 'الصندوق مفتوح',
      message: 'الصندوق مفتوح بالفعل.',
    },
    'VEHICLE_STATE.UNREACHABLE': {
      title: 'خارج التغطية',
      message: '{vehicle} خارج التغطية.',
    },
  },
  titles: {
    'SERVER.INTERNAL': 'خطأ الخادم',
    'SERVER.MULTIPLE_RECORDS_FOUND': 'تعارض بيانات البطارية',
    'SERVER.RECORD_NOT_FOUND': 'لا بيانات للبطارية',
    'VEHICLE_STATE.CHARGE_FAULT': 'تعارض الجدول',
    'VEHICLE_STATE.CHARGING_PLUG_NOT_CONNECTED': 'الشاحن غير موصول',
    'VEHICLE_STATE.HOOD_OPEN': 'غطاء المحرك مفتوح',
  },
  ui: {
    appNameFallback: 'هذا التطبيق',
    vehicleFallback: 'سيارتك',
    vehicleDescription: '{make} {model} ({year})',
    connectLinkText: 'أعد الربط',
    actionRetry: 'أعد المحاولة',
    actionRetryIn: 'أعد المحاولة بعد {seconds}\u00a0ث',
    actionReconnect: 'أعد الربط',
    actionOpenUrl: 'فتح الرابط',
    actionContactSupport: 'تواصل مع الدعم',
    actionBilling: 'الفوترة',
    actionDismiss: 'إغلاق',
    severityCritical: 'خطأ',
    severityWarning: 'تحذير',
    severityInfo: 'معلومات',
    detailCapacities: 'سعات البطارية',
    detailFields: 'حقول للتحقق',
    detailOther: 'التفاصيل',
    toastRegion: 'الإشعارات ({hotkey})',
    toastClose: 'إغلاق',
    toastRepeat: '×{count}',
    toastRepeatLabel: 'التكرار: {count}',
    toastMore: 'المزيد ({count})',
    toastResolved: 'تم الحل: {title}',
    supportTitle: 'تواصل مع الدعم',
    supportIntro: 'التفاصيل تساعدنا.',
    supportNoRequestId: 'بلا معرف',
    supportRequestId: 'معرف الطلب',
    supportCode: 'رمز الخطأ',
    supportTime: 'الوقت',
    supportEmail: 'البريد',
    supportUrl: 'المساعدة',
    supportPhone: 'الهاتف',
    supportHours: 'ساعات العمل',
    supportCopy: 'نسخ',
    supportCopied: 'تم النسخ',
    supportCopyFailed: 'تعذر النسخ',
    supportEmailSubject: 'دعم {code} {requestId} ({app})',
    supportEmailBody:
      'التطبيق: {app}\nمعرف الطلب: {requestId}\nالخطأ: {type} {code}\nالحالة: {status}\nالوقت: {time}',
    developerDetails: 'التفاصيل التقنية',
    opensInNewTab: '(نافذة جديدة)',
    retryReady: 'أعد المحاولة الآن.',
    // Offline notice (issue 20).
    offline: 'لا اتصال. في الانتظار…',
  },
} satisfies CompleteLocalePack;
