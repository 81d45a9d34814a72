// size-limit `config` for the entry "proof: …" in size-limit.entries.json: the build fails when the
// bundle contains what this tree-shaking proof forbids (see ./proofs.mjs).
import { sizeLimitConfig } from './proofs.mjs';

export default sizeLimitConfig('app-without-fleet');
