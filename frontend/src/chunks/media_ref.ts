/**
 * Loading a MediaRef into an element, for the core renderer's few media uses (st.chat_message's
 * avatar images): a chunk, so the core does not carry the media channel's loading rules.
 */
export { loadRef } from "../media_refs";
