export default async function globalTeardown() {
  await globalThis.__localCloud?.stop();
}
