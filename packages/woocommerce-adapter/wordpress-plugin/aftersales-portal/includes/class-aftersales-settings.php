<?php
/**
 * Settings page: service URL, store slug, shared secret and widget script URL.
 *
 * @package Aftersales_Portal
 */

declare(strict_types=1);

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Stores and edits the plugin settings (one option, nonce-protected form, manage_woocommerce).
 */
final class Aftersales_Settings {

	public const OPTION     = 'aftersales_portal_settings';
	public const NONCE      = 'aftersales_portal_save_settings';
	public const PAGE       = 'aftersales-portal';
	public const CAPABILITY = 'manage_woocommerce';

	/**
	 * Hooks the page into the admin.
	 */
	public static function register(): void {
		add_action( 'admin_menu', array( self::class, 'add_page' ) );
		add_action( 'admin_post_' . self::NONCE, array( self::class, 'save' ) );
	}

	/**
	 * The saved settings with defaults.
	 *
	 * @return array{service_url: string, store_slug: string, shared_secret: string, script_url: string}
	 */
	public static function get(): array {
		$saved = get_option( self::OPTION, array() );
		$saved = is_array( $saved ) ? $saved : array();
		return array(
			'service_url'   => isset( $saved['service_url'] ) ? (string) $saved['service_url'] : '',
			'store_slug'    => isset( $saved['store_slug'] ) ? (string) $saved['store_slug'] : '',
			'shared_secret' => isset( $saved['shared_secret'] ) ? (string) $saved['shared_secret'] : '',
			'script_url'    => isset( $saved['script_url'] ) ? (string) $saved['script_url'] : '',
		);
	}

	/**
	 * The widget script: the configured URL, or the service's `/widget/aftersales.js`.
	 */
	public static function script_url(): string {
		$settings = self::get();
		if ( '' !== $settings['script_url'] ) {
			return $settings['script_url'];
		}
		return '' === $settings['service_url'] ? '' : untrailingslashit( $settings['service_url'] ) . '/widget/aftersales.js';
	}

	/**
	 * Adds Settings → Aftersales.
	 */
	public static function add_page(): void {
		add_options_page(
			__( 'Aftersales', 'aftersales-portal' ),
			__( 'Aftersales', 'aftersales-portal' ),
			self::CAPABILITY,
			self::PAGE,
			array( self::class, 'render' )
		);
	}

	/**
	 * Prints the form. The secret is never printed back; leaving it empty keeps the saved one.
	 */
	public static function render(): void {
		if ( ! current_user_can( self::CAPABILITY ) ) {
			return;
		}
		$settings = self::get();
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- read-only flag set by our own redirect.
		$updated = isset( $_GET['updated'] ) && '1' === $_GET['updated'];
		?>
		<div class="wrap">
			<h1><?php echo esc_html__( 'Aftersales', 'aftersales-portal' ); ?></h1>
			<?php if ( $updated ) : ?>
				<div class="notice notice-success is-dismissible"><p><?php echo esc_html__( 'Settings saved.', 'aftersales-portal' ); ?></p></div>
			<?php endif; ?>
			<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>">
				<input type="hidden" name="action" value="<?php echo esc_attr( self::NONCE ); ?>" />
				<?php wp_nonce_field( self::NONCE ); ?>
				<table class="form-table" role="presentation">
					<tr>
						<th scope="row"><label for="aftersales-service-url"><?php echo esc_html__( 'Service URL', 'aftersales-portal' ); ?></label></th>
						<td>
							<input type="url" class="regular-text" id="aftersales-service-url" name="service_url" value="<?php echo esc_attr( $settings['service_url'] ); ?>" placeholder="https://aftersales.example.com" required />
							<p class="description"><?php echo esc_html__( 'Where your Aftersales server answers (its PUBLIC_URL).', 'aftersales-portal' ); ?></p>
						</td>
					</tr>
					<tr>
						<th scope="row"><label for="aftersales-store-slug"><?php echo esc_html__( 'Store slug', 'aftersales-portal' ); ?></label></th>
						<td><input type="text" class="regular-text" id="aftersales-store-slug" name="store_slug" value="<?php echo esc_attr( $settings['store_slug'] ); ?>" pattern="[a-z0-9-]+" required /></td>
					</tr>
					<tr>
						<th scope="row"><label for="aftersales-shared-secret"><?php echo esc_html__( 'Shared secret', 'aftersales-portal' ); ?></label></th>
						<td>
							<input type="password" class="regular-text" id="aftersales-shared-secret" name="shared_secret" value="" autocomplete="new-password" />
							<p class="description">
								<?php
								echo esc_html(
									'' === $settings['shared_secret']
										? __( 'Not set. Use the same value as WC_IDENTITY_SECRET on the server (at least 32 characters).', 'aftersales-portal' )
										: __( 'Set. Leave empty to keep it; type a new one to replace it.', 'aftersales-portal' )
								);
								?>
							</p>
						</td>
					</tr>
					<tr>
						<th scope="row"><label for="aftersales-script-url"><?php echo esc_html__( 'Widget script URL', 'aftersales-portal' ); ?></label></th>
						<td>
							<input type="url" class="regular-text" id="aftersales-script-url" name="script_url" value="<?php echo esc_attr( $settings['script_url'] ); ?>" />
							<p class="description"><?php echo esc_html__( 'Optional. Defaults to the service URL + /widget/aftersales.js.', 'aftersales-portal' ); ?></p>
						</td>
					</tr>
				</table>
				<?php submit_button(); ?>
			</form>
		</div>
		<?php
	}

	/**
	 * Saves the form after checking the nonce and the capability.
	 */
	public static function save(): void {
		if ( ! current_user_can( self::CAPABILITY ) ) {
			wp_die( esc_html__( 'You are not allowed to change these settings.', 'aftersales-portal' ), 403 );
		}
		check_admin_referer( self::NONCE );
		$current = self::get();
		$input   = wp_unslash( $_POST );
		$secret  = isset( $input['shared_secret'] ) ? trim( sanitize_text_field( (string) $input['shared_secret'] ) ) : '';
		update_option(
			self::OPTION,
			array(
				'service_url'   => isset( $input['service_url'] ) ? esc_url_raw( trim( (string) $input['service_url'] ), array( 'https', 'http' ) ) : '',
				'store_slug'    => isset( $input['store_slug'] ) ? sanitize_title( (string) $input['store_slug'] ) : '',
				'shared_secret' => '' === $secret ? $current['shared_secret'] : $secret,
				'script_url'    => isset( $input['script_url'] ) ? esc_url_raw( trim( (string) $input['script_url'] ), array( 'https', 'http' ) ) : '',
			),
			false
		);
		wp_safe_redirect( add_query_arg( array( 'page' => self::PAGE, 'updated' => '1' ), admin_url( 'options-general.php' ) ) );
		exit;
	}
}
