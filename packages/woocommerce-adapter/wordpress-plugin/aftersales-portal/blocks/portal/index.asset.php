<?php
/**
 * Script dependencies of the block editor script (no build step: written by hand).
 *
 * @package Aftersales_Portal
 */

declare(strict_types=1);

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-i18n', 'wp-block-editor' ),
	'version'      => '0.1.0',
);
