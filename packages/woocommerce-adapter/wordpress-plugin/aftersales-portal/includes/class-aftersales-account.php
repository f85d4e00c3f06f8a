<?php
/**
 * A "Returns & complaints" tab in WooCommerce's My Account.
 *
 * @package Aftersales_Portal
 */

declare(strict_types=1);

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Lists the customer's recent orders; choosing one opens the widget signed for that order.
 */
final class Aftersales_Account {

	public const ENDPOINT = 'returns-complaints';

	/**
	 * Hooks the endpoint, the menu item and the content.
	 */
	public static function register(): void {
		add_action( 'init', array( self::class, 'add_endpoint' ) );
		add_filter( 'woocommerce_get_query_vars', array( self::class, 'query_vars' ) );
		add_filter( 'woocommerce_account_menu_items', array( self::class, 'menu_items' ) );
		add_filter( 'woocommerce_endpoint_' . self::ENDPOINT . '_title', array( self::class, 'title' ) );
		add_action( 'woocommerce_account_' . self::ENDPOINT . '_endpoint', array( self::class, 'content' ) );
	}

	/**
	 * Registers /my-account/returns-complaints/.
	 */
	public static function add_endpoint(): void {
		add_rewrite_endpoint( self::ENDPOINT, EP_ROOT | EP_PAGES );
	}

	/**
	 * Tells WooCommerce about the endpoint.
	 *
	 * @param array<string, string> $vars Query vars.
	 * @return array<string, string>
	 */
	public static function query_vars( array $vars ): array {
		$vars[ self::ENDPOINT ] = self::ENDPOINT;
		return $vars;
	}

	/**
	 * The tab's title.
	 */
	public static function title(): string {
		return __( 'Returns & complaints', 'aftersales-portal' );
	}

	/**
	 * Adds the tab before "Log out".
	 *
	 * @param array<string, string> $items Menu items.
	 * @return array<string, string>
	 */
	public static function menu_items( array $items ): array {
		$logout = null;
		if ( isset( $items['customer-logout'] ) ) {
			$logout = $items['customer-logout'];
			unset( $items['customer-logout'] );
		}
		$items[ self::ENDPOINT ] = self::title();
		if ( null !== $logout ) {
			$items['customer-logout'] = $logout;
		}
		return $items;
	}

	/**
	 * Prints the tab: the widget for a chosen order of this customer, or the list of orders.
	 */
	public static function content(): void {
		$user_id = get_current_user_id();
		if ( 0 === $user_id ) {
			return;
		}
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- navigation only; ownership is checked below.
		$chosen = isset( $_GET['order'] ) ? absint( wp_unslash( $_GET['order'] ) ) : 0;
		if ( $chosen > 0 ) {
			$order = wc_get_order( $chosen );
			if ( $order instanceof WC_Order && (int) $order->get_customer_id() === $user_id ) {
				echo '<p><a href="' . esc_url( wc_get_account_endpoint_url( self::ENDPOINT ) ) . '">' . esc_html__( '← All orders', 'aftersales-portal' ) . '</a></p>';
				// Escaped inside render(); the tag must reach the page as HTML.
				echo Aftersales_Widget::render( (string) $order->get_id() ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
				return;
			}
		}
		$orders = wc_get_orders(
			array(
				'customer_id' => $user_id,
				'limit'       => 20,
				'orderby'     => 'date',
				'order'       => 'DESC',
				'status'      => array_keys( wc_get_order_statuses() ),
			)
		);
		if ( empty( $orders ) ) {
			echo '<p>' . esc_html__( 'You have no orders yet.', 'aftersales-portal' ) . '</p>';
			return;
		}
		echo '<p>' . esc_html__( 'Choose the order you want to return items from or have a question about.', 'aftersales-portal' ) . '</p><ul class="aftersales-orders">';
		foreach ( $orders as $order ) {
			if ( ! $order instanceof WC_Order ) {
				continue;
			}
			$url     = add_query_arg( 'order', $order->get_id(), wc_get_account_endpoint_url( self::ENDPOINT ) );
			$created = $order->get_date_created();
			/* translators: 1: order number, 2: order date */
			$label = sprintf( __( 'Order #%1$s — %2$s', 'aftersales-portal' ), $order->get_order_number(), $created ? wc_format_datetime( $created ) : '' );
			echo '<li><a href="' . esc_url( $url ) . '">' . esc_html( $label ) . '</a></li>';
		}
		echo '</ul>';
	}
}
