<?php
/**
 * Signed identity of the logged-in customer, verified by the Aftersales server
 * (`verifyIdentityToken` in @aftersales/woocommerce-adapter) so that logged-in shoppers skip the
 * order-number form.
 *
 * Token format (version 1):
 *   token   = B64U(payload) "." B64U(HMAC-SHA256(key = shared secret, message = B64U(payload)))
 *   B64U    = base64url without padding (RFC 4648 section 5)
 *   payload = JSON object {"v":1,"store":"<slug>","sub":"<user id>","email":"<email>",
 *             "iat":<unix seconds>,"exp":<unix seconds>[,"order":"<order id>"]}
 *
 * Plain PHP without WordPress functions, so that the test vectors can be produced with php-cli.
 *
 * @package Aftersales_Portal
 */

declare(strict_types=1);

if ( ! defined( 'ABSPATH' ) && PHP_SAPI !== 'cli' ) {
	exit;
}

/**
 * Issues identity tokens.
 */
final class Aftersales_Identity_Token {

	/** Seconds a token stays valid; the server accepts at most one hour. */
	public const LIFETIME = 600;

	/**
	 * Encodes bytes as base64url without padding.
	 *
	 * @param string $bytes Raw bytes.
	 */
	public static function base64url( string $bytes ): string {
		return rtrim( strtr( base64_encode( $bytes ), '+/', '-_' ), '=' );
	}

	/**
	 * Builds the claims for a customer.
	 *
	 * @param string      $store    Store slug on the Aftersales server.
	 * @param int         $user_id  WordPress user id (the WooCommerce customer id).
	 * @param string      $email    The user's email.
	 * @param int         $now      Unix seconds.
	 * @param string|null $order_id The order the page is about, if any.
	 * @return array<string, int|string>
	 */
	public static function claims( string $store, int $user_id, string $email, int $now, ?string $order_id = null ): array {
		$claims = array(
			'v'     => 1,
			'store' => $store,
			'sub'   => (string) $user_id,
			'email' => $email,
			'iat'   => $now,
			'exp'   => $now + self::LIFETIME,
		);
		if ( null !== $order_id && '' !== $order_id ) {
			$claims['order'] = $order_id;
		}
		return $claims;
	}

	/**
	 * Signs claims with the shared secret.
	 *
	 * @param array<string, int|string> $claims Claims from {@see self::claims()}.
	 * @param string                    $secret The shared secret from the plugin settings.
	 * @throws JsonException When the claims cannot be encoded.
	 */
	public static function sign( array $claims, string $secret ): string {
		$json    = json_encode( $claims, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR );
		$payload = self::base64url( $json );
		return $payload . '.' . self::base64url( hash_hmac( 'sha256', $payload, $secret, true ) );
	}
}
