<?php
/**
 * Prints identity-token test vectors made with the WordPress plugin's own signing code, for the
 * server-side verifier's tests (src/identity/fixtures/php-vectors.json):
 *
 *   php scripts/identity-vectors.php > src/identity/fixtures/php-vectors.json
 *
 * @package Aftersales_Portal
 */

declare(strict_types=1);

require __DIR__ . '/../wordpress-plugin/aftersales-portal/includes/class-aftersales-identity-token.php';

$secret  = 'wp-shared-secret-0123456789abcdef0123456789';
$vectors = array(
	array(
		'name'   => 'logged-in customer on the Returns & complaints tab',
		'claims' => Aftersales_Identity_Token::claims( 'nordlicht', 26, 'joao.silva@example.com', 1772445600 ),
	),
	array(
		'name'   => 'customer opening one of their orders',
		'claims' => Aftersales_Identity_Token::claims( 'nordlicht', 26, 'joao.silva@example.com', 1772445600, '723' ),
	),
	array(
		'name'   => 'email with a plus tag and capitals, another store, an order with a plugin number',
		'claims' => Aftersales_Identity_Token::claims( 'laeden-berlin', 31, 'Anna.Schmidt+returns@Example.de', 1772449200, '1042' ),
	),
);

$out = array();
foreach ( $vectors as $vector ) {
	$out[] = array(
		'name'   => $vector['name'],
		'secret' => $secret,
		'claims' => $vector['claims'],
		'token'  => Aftersales_Identity_Token::sign( $vector['claims'], $secret ),
	);
}

echo json_encode( $out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR ), "\n";
