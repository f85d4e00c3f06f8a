<?php
/**
 * Plugin Name:       Aftersales Portal
 * Description:       Returns, exchanges and complaints for WooCommerce shoppers: the Aftersales widget as a shortcode, a block and a My Account tab, with the logged-in customer signed for the Aftersales server.
 * Version:           0.1.0
 * Requires at least: 6.5
 * Requires PHP:      8.1
 * Requires Plugins:  woocommerce
 * License:           MIT
 * Text Domain:       aftersales-portal
 *
 * @package Aftersales_Portal
 */

declare(strict_types=1);

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'AFTERSALES_PORTAL_VERSION', '0.1.0' );
define( 'AFTERSALES_PORTAL_DIR', plugin_dir_path( __FILE__ ) );

require_once AFTERSALES_PORTAL_DIR . 'includes/class-aftersales-identity-token.php';
require_once AFTERSALES_PORTAL_DIR . 'includes/class-aftersales-settings.php';
require_once AFTERSALES_PORTAL_DIR . 'includes/class-aftersales-widget.php';
require_once AFTERSALES_PORTAL_DIR . 'includes/class-aftersales-account.php';

Aftersales_Settings::register();
Aftersales_Widget::register();
Aftersales_Account::register();

register_activation_hook(
	__FILE__,
	static function (): void {
		Aftersales_Account::add_endpoint();
		flush_rewrite_rules();
	}
);

register_deactivation_hook(
	__FILE__,
	static function (): void {
		flush_rewrite_rules();
	}
);
