<?php
/**
 * Removes the plugin's settings when it is deleted.
 *
 * @package Aftersales_Portal
 */

declare(strict_types=1);

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'aftersales_portal_settings' );
