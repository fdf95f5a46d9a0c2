/** Names of the control plane's rows in the store's settings table. */
export const SETTING_SETUP_TOKEN = 'control.setup_token';
export const SETTING_CLI_USER_ID = 'control.cli_user_id';
