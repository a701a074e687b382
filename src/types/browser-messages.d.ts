// The English browser messages, which src/assets/plugin.ts gives the browser scripts as a module of their own.
declare module "virtual:browser-messages" {
  const messages: Record<string, string | (Partial<Record<"zero" | "one" | "two" | "few" | "many", string>> & { other: string })>;
  export default messages;
}
