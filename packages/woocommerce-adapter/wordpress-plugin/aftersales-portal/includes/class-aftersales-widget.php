<?php
/**
 * The `<aftersales-portal>` tag, its script, the `[aftersales_portal]` shortcode and the block.
 *
 * @package Aftersales_Portal
 */

declare(strict_types=1);

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Prints the widget for the current visitor, signed when they are logged in.
 */
final class Aftersales_Widget {

	public const SCRIPT_HANDLE = 'aftersales-widget';

	/**
	 * Hooks the shortcode and the block.
	 */
	public static function register(): void {
		add_shortcode( 'aftersales_portal', array( self::class, 'shortcode' ) );
		add_action( 'init', array( self::class, 'register_block' ) );
	}

	/**
	 * Registers the block from its block.json (server-rendered; see blocks/portal/render.php).
	 */
	public static function register_block(): void {
		register_block_type( AFTERSALES_PORTAL_DIR . 'blocks/portal' );
	}

	/**
	 * `[aftersales_portal]`
	 *
	 * @param array<string, string>|string $atts Shortcode attributes (none are used).
	 */
	public static function shortcode( $atts = array() ): string {
		unset( $atts );
		return self::render();
	}

	/**
	 * The identity token for the logged-in customer, or an empty string.
	 *
	 * @param string|null $order_id The order the page is about.
	 */
	public static function identity_token( ?string $order_id = null ): string {
		$settings = Aftersales_Settings::get();
		$user     = wp_get_current_user();
		if ( ! $user->exists() || '' === $settings['shared_secret'] || '' === $settings['store_slug'] || '' === $user->user_email ) {
			return '';
		}
		$claims = Aftersales_Identity_Token::claims( $settings['store_slug'], (int) $user->ID, (string) $user->user_email, time(), $order_id );
		try {
			return Aftersales_Identity_Token::sign( $claims, $settings['shared_secret'] );
		} catch ( JsonException $e ) {
			return '';
		}
	}

	/**
	 * Loads the widget script once, as an ES module.
	 */
	public static function enqueue_script(): void {
		$src = Aftersales_Settings::script_url();
		if ( '' === $src ) {
			return;
		}
		if ( function_exists( 'wp_enqueue_script_module' ) ) {
			wp_enqueue_script_module( self::SCRIPT_HANDLE, $src, array(), AFTERSALES_PORTAL_VERSION );
			return;
		}
		wp_enqueue_script( self::SCRIPT_HANDLE, $src, array(), AFTERSALES_PORTAL_VERSION, true );
		add_filter(
			'script_loader_tag',
			static function ( string $tag, string $handle ): string {
				return self::SCRIPT_HANDLE === $handle ? str_replace( '<script ', '<script type="module" ', $tag ) : $tag;
			},
			10,
			2
		);
	}

	/**
	 * The widget tag, escaped, with the script enqueued. Empty (with a hint for admins) until the
	 * plugin is configured.
	 *
	 * @param string|null $order_id The order the page is about (My Account).
	 */
	public static function render( ?string $order_id = null ): string {
		$settings = Aftersales_Settings::get();
		if ( '' === $settings['service_url'] || '' === $settings['store_slug'] ) {
			if ( current_user_can( Aftersales_Settings::CAPABILITY ) ) {
				return '<p>' . esc_html__( 'Aftersales is not configured yet: set the service URL and store slug under Settings → Aftersales.', 'aftersales-portal' ) . '</p>';
			}
			return '';
		}
		self::enqueue_script();
		$token = self::identity_token( $order_id );
		$html  = '<aftersales-portal api="' . esc_attr( untrailingslashit( $settings['service_url'] ) ) . '" store="' . esc_attr( $settings['store_slug'] ) . '"';
		if ( '' !== $token ) {
			$html .= ' identity-token="' . esc_attr( $token ) . '"';
		}
		$html .= ' lang="' . esc_attr( str_replace( '_', '-', determine_locale() ) ) . '"></aftersales-portal>';
		return $html;
	}
}
