interface ImportMetaEnv {
  readonly STAND_IN_HOST: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
