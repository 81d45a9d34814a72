export { SupportContactCard } from './SupportContactCard';
export type { SupportContactCardProps, SupportContactCardPart } from './SupportContactCardProps';
