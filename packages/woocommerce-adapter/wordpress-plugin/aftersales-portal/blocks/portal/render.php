<?php
/**
 * Server-side render of the aftersales/portal block.
 *
 * @package Aftersales_Portal
 */

declare(strict_types=1);

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

// Escaped inside render(); the tag must reach the page as HTML.
echo Aftersales_Widget::render(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
