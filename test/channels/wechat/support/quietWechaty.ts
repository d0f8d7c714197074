// Imported before wechaty: its logger and natural's dotenv banner read these when they load.
process.env.WECHATY_LOG = 'silent';
process.env.DOTENV_CONFIG_QUIET = 'true';
