/** Toolbar globals every story gets: colour scheme (incl. side by side), direction, locale. */
export const globalTypes = {
  colorScheme: {
    description: 'Colour scheme of the kit',
    toolbar: {
      title: 'Colour scheme',
      icon: 'mirror',
      items: [
        { value: 'light', title: 'Light', icon: 'sun' },
        { value: 'dark', title: 'Dark', icon: 'moon' },
        { value: 'side-by-side', title: 'Light and dark side by side', icon: 'sidebyside' },
      ],
      dynamicTitle: true,
    },
  },
  direction: {
    description: 'Text direction',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      items: [
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
      dynamicTitle: true,
    },
  },
  locale: {
    description: 'Language of the kit’s wording',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      items: [
        { value: 'auto', title: 'Automatic (English; Arabic right to left)' },
        { value: 'en', title: 'English' },
        { value: 'fr', title: 'Français' },
        { value: 'de', title: 'Deutsch' },
        { value: 'es', title: 'Español' },
        { value: 'it', title: 'Italiano' },
        { value: 'nl', title: 'Nederlands' },
        { value: 'sv', title: 'Svenska' },
        { value: 'nb', title: 'Norsk bokmål' },
        { value: 'ar', title: 'العربية (Arabic)' },
      ],
      dynamicTitle: true,
    },
  },
} as const;

/**
 * `locale: 'auto'`: English, or Arabic when the direction is right to left (see storyLocale.ts).
 */
export const initialGlobals = { colorScheme: 'light', direction: 'ltr', locale: 'auto' };
