<?php
/**
 * The settings, their defaults, and the rules every value is checked by: the
 * same rules the widgets apply to their attributes (src/components/…), so a
 * value the settings page accepts is one the widgets use as it is.
 *
 * @package SafetyWidgets
 */

namespace SafetyWidgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Where the quick exit goes when nothing else is set (the widgets' own default). */
const DEFAULT_DESTINATION = 'https://www.google.com/';

/**
 * The settings as first saved: the site-wide exit off until an administrator
 * turns it on; the National Human Trafficking Hotline; 911; the hotline data
 * locked (Authors and Contributors cannot type a number or an address into a
 * banner; also on sites that saved their settings before this setting existed).
 *
 * @return array<string, mixed>
 */
function defaults(): array {
	return array(
		'exit'           => false,
		'exit_href'      => DEFAULT_DESTINATION,
		'exit_placement' => 'top',
		'exit_shortcut'  => 'shift',
		'hotlines'       => array( 'us-trafficking' ),
		'own_name'       => '',
		'own_phone'      => '',
		'own_sms'        => '',
		'own_keyword'    => '',
		'own_url'        => '',
		'own_hours'      => '',
		'emergency'      => '911',
		'language'       => '',
		'lock_lines'     => true,
	);
}

/**
 * The saved settings, each missing or damaged value replaced by its default.
 *
 * @return array<string, mixed>
 */
function settings(): array {
	$saved    = get_option( OPTION, array() );
	$saved    = is_array( $saved ) ? $saved : array();
	$settings = array_merge( defaults(), array_intersect_key( $saved, defaults() ) );
	foreach ( defaults() as $key => $default ) {
		if ( gettype( $settings[ $key ] ) !== gettype( $default ) ) {
			$settings[ $key ] = $default;
		}
	}
	return $settings;
}

/** `top`, `bottom`, `inline`: where the quick exit stands (README). @return list<string> */
function placements(): array {
	return array( 'top', 'bottom', 'inline' );
}

/** `shift`, `escape`, `none`: the quick exit's keyboard shortcut (README). @return list<string> */
function shortcuts(): array {
	return array( 'shift', 'escape', 'none' );
}

/**
 * The languages the widgets can show: English and Spanish (built in) and every
 * language file in widgets/locales/, each named in itself.
 *
 * @return array<string, string> code => name
 */
function languages(): array {
	$names = array(
		'en'      => 'English',
		'es'      => 'Español',
		'fr'      => 'Français',
		'pt'      => 'Português',
		'zh'      => '简体中文',
		'zh-Hant' => '繁體中文',
		'vi'      => 'Tiếng Việt',
		'ko'      => '한국어',
		'tl'      => 'Tagalog',
		'ar'      => 'العربية',
		'ht'      => 'Kreyòl ayisyen',
		'ru'      => 'Русский',
		'uk'      => 'Українська',
	);
	$codes = array( 'en', 'es' );
	foreach ( glob( dirname( SAFETY_WIDGETS_FILE ) . '/widgets/locales/*.js' ) ?: array() as $file ) {
		$code = basename( $file, '.js' );
		if ( preg_match( '/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/', $code ) && ! in_array( $code, $codes, true ) ) {
			$codes[] = $code;
		}
	}
	$list = array();
	foreach ( $codes as $code ) {
		$list[ $code ] = $names[ $code ] ?? $code;
	}
	return $list;
}

/** Text from a form or an attribute: one line, no tags, at most `$max` characters. */
function plain_text( mixed $value, int $max = 120 ): string {
	$text = sanitize_text_field( is_scalar( $value ) ? (string) $value : '' );
	return function_exists( 'mb_substr' ) ? mb_substr( $text, 0, $max ) : substr( $text, 0, $max );
}

/** Whether a host name is this site's, or a part of it (www., a subdomain, or the domain above it). */
function is_own_site( string $host ): bool {
	$strip = static fn ( string $name ): string => preg_replace( '/^www\./', '', strtolower( trim( $name, '[]' ) ) );
	$host  = $strip( $host );
	foreach ( array( home_url(), site_url() ) as $own ) {
		$site = $strip( (string) wp_parse_url( $own, PHP_URL_HOST ) );
		if ( '' === $site ) {
			continue;
		}
		if ( $host === $site || str_ends_with( $host, '.' . $site ) || str_ends_with( $site, '.' . $host ) ) {
			return true;
		}
	}
	return false;
}

/**
 * A host name typed without https:// (`www.google.com`, `weather.com/today`);
 * not a file name on the partner's own site (`about.html`). The widget's rule.
 */
const BARE_HOST = '~^(?:[a-z0-9-]+\.)+(?!(?:html?|php|aspx?|jsp|cgi|pdf)(?:[/?#:]|$))[a-z]{2,63}(?::\d+)?(?:[/?#]|$)~i';

/**
 * An absolute http(s) address, with a host name we can check. No spaces, quotes,
 * angle brackets or backslashes; no user name or password in it.
 *
 * @return string|null The address (scheme and host in lower case, `/` for an empty path), or null.
 */
function web_address( string $text, bool $https_only ): ?string {
	if ( preg_match( '/[\s\x00-\x1f\x7f\\\\<>"\'`]/', $text ) || ! preg_match( $https_only ? '~^https://~i' : '~^https?://~i', $text ) ) {
		return null;
	}
	$parts = wp_parse_url( $text );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) || isset( $parts['user'] ) || isset( $parts['pass'] ) ) {
		return null;
	}
	$host  = strtolower( $parts['host'] );
	$label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
	if ( ! preg_match( "/^(?:$label\\.)*$label\\.?$/", $host ) && ! preg_match( '/^\[[0-9a-f:.]+\]$/', $host ) ) {
		return null;
	}
	$address = strtolower( $parts['scheme'] ) . '://' . $host . ( isset( $parts['port'] ) ? ':' . (int) $parts['port'] : '' );
	$rest    = substr( $text, strlen( $parts['scheme'] ) + 3 );
	$rest    = (string) preg_replace( '~^[^/?#]*~', '', $rest );
	return $address . ( '' === $rest || '/' !== $rest[0] ? '/' . ltrim( $rest, '/' ) : $rest );
}

/**
 * Where a quick exit may go: an absolute https (or http) address on another
 * site. A host name without https:// is read as https://. Never a path, an
 * address on this site, javascript:, data: or anything else.
 *
 * @return array{0: ?string, 1: ?string, 2: ?string} [address or null, why it was refused, a note about how it was read]
 */
function destination( mixed $raw ): array {
	$text = trim( is_scalar( $raw ) ? (string) $raw : '' );
	if ( '' === $text ) {
		return array( null, __( 'The quick exit needs an address to go to, for example https://www.google.com/.', 'safety-widgets' ), null );
	}
	$shown = plain_text( $text, 200 );
	$note  = null;
	if ( str_starts_with( $text, '//' ) ) {
		$text = 'https:' . $text;
	} elseif ( ! preg_match( '/^[a-z][a-z0-9+.-]*:/i', $text ) && preg_match( BARE_HOST, $text ) ) {
		$text = 'https://' . $text;
		/* translators: %s: a web address, like https://www.google.com/ */
		$note = __( 'The quick exit address had no https:// in front; it was saved as %s.', 'safety-widgets' );
	}
	$address = web_address( $text, false );
	if ( null === $address ) {
		if ( preg_match( '~^(?:[./?#]|[^:]*$)~', $text ) ) {
			/* translators: %s: what the person typed */
			$why = __( '“%s” is a page of your own site, so it is no exit. Write the full address of another site, starting with https://, for example https://www.google.com/.', 'safety-widgets' );
		} else {
			/* translators: %s: what the person typed */
			$why = __( '“%s” is not a web address the quick exit can go to. Write a full address starting with https://, for example https://www.google.com/.', 'safety-widgets' );
		}
		return array( null, sprintf( $why, $shown ), null );
	}
	if ( is_own_site( (string) wp_parse_url( $address, PHP_URL_HOST ) ) ) {
		/* translators: %s: what the person typed */
		$why = __( '“%s” is on your own site, so it is no exit. Choose another site, for example https://www.google.com/ or a weather site.', 'safety-widgets' );
		return array( null, sprintf( $why, $shown ), null );
	}
	return array( $address, null, null === $note ? null : sprintf( $note, $address ) );
}

/**
 * A phone number as organisations write it (the widget's parsePhone): digits,
 * spaces, dashes, dots, brackets, a leading +, an optional extension (`ext. 2`,
 * `x2`, `#2`, `;ext=2`); `tel:` and `%2B` as copied from other sites' links.
 *
 * @return array{href: string, display: string}|null The call link and the number as shown, or null if it is not a phone number.
 */
function parse_phone( mixed $raw ): ?array {
	$text = trim( is_scalar( $raw ) ? (string) $raw : '' );
	$text = (string) preg_replace( '~^(?:tel|sms|callto):(?://)?~i', '', $text );
	$text = str_ireplace( array( '%2B', '%20' ), array( '+', ' ' ), $text );
	$text = trim( explode( '?', $text )[0] );
	$ext  = null;
	if ( preg_match( '/\s*(?:;\s*ext=|,?\s*(?:ext\.?|extension|x|#)\s*)(\d{1,7})\s*$/iu', $text, $match, PREG_OFFSET_CAPTURE ) ) {
		$ext  = $match[1][0];
		$text = trim( substr( $text, 0, $match[0][1] ) );
	}
	if ( ! preg_match( '/^\+?[\d\s().-]+$/u', $text ) ) {
		return null;
	}
	$digits = (string) preg_replace( '/\D/', '', $text );
	$shown  = $text;
	if ( str_starts_with( $text, '+' ) ) {
		if ( strlen( $digits ) < 7 || strlen( $digits ) > 15 ) {
			return null;
		}
		$target = '+' . $digits;
	} elseif ( strlen( $digits ) === 3 ) {
		$target = $digits;
		$shown  = $digits;
	} elseif ( preg_match( '/^1?[2-9]\d{9}$/', $digits ) ) {
		$national = substr( $digits, -10 );
		$target   = '+1' . $national;
		$shown    = ( strlen( $digits ) === 11 ? '1-' : '' ) . substr( $national, 0, 3 ) . '-' . substr( $national, 3, 3 ) . '-' . substr( $national, 6 );
	} elseif ( strlen( $digits ) >= 4 && strlen( $digits ) <= 15 ) {
		$target = $digits;
	} else {
		return null;
	}
	if ( null !== $ext ) {
		return array(
			'href'    => 'tel:' . $target . ';ext=' . $ext,
			'display' => $shown . ' ext. ' . $ext,
		);
	}
	return array(
		'href'    => 'tel:' . $target,
		'display' => $shown,
	);
}

/**
 * A number that takes text messages (the widget's parseSms): a phone number
 * without an extension; of the 3-digit numbers only 988.
 *
 * @return array{href: string, display: string}|null
 */
function parse_sms( mixed $raw, string $keyword = '' ): ?array {
	$dial = parse_phone( $raw );
	if ( null === $dial || str_contains( $dial['href'], ';ext=' ) || ( preg_match( '/^tel:\d{3}$/', $dial['href'] ) && 'tel:988' !== $dial['href'] ) ) {
		return null;
	}
	$body = '' === $keyword ? '' : '?&body=' . rawurlencode( $keyword );
	return array(
		'href'    => 'sms:' . substr( $dial['href'], 4 ) . $body,
		'display' => $dial['display'],
	);
}

/** A text keyword: one line, at most 40 characters (the widget's cleanKeyword). */
function keyword( mixed $raw ): string {
	return plain_text( $raw, 40 );
}

/**
 * A website: only https. A host name without https:// is read as https://.
 *
 * @return array{0: ?string, 1: bool} [address or null, whether https:// was added]
 */
function website( mixed $raw ): array {
	$text = trim( is_scalar( $raw ) ? (string) $raw : '' );
	if ( ! preg_match( '/^[a-z][a-z0-9+.-]*:/i', $text ) && preg_match( BARE_HOST, $text ) ) {
		return array( web_address( 'https://' . $text, true ), true );
	}
	return array( web_address( $text, true ), false );
}

/** The emergency number: `none`, or a phone number; null if it is neither. */
function emergency( mixed $raw ): ?string {
	$text = plain_text( $raw, 40 );
	if ( 'none' === strtolower( $text ) ) {
		return 'none';
	}
	return null !== parse_phone( $text ) ? $text : null;
}

/**
 * Known hotline ids, in the order given, each once.
 *
 * @param mixed $raw A list, or ids separated by spaces or commas.
 * @return list<string>
 */
function hotline_list( mixed $raw ): array {
	$ids = is_array( $raw ) ? $raw : preg_split( '/[\s,]+/', is_scalar( $raw ) ? (string) $raw : '', -1, PREG_SPLIT_NO_EMPTY );
	$ids = array_map( static fn ( $id ): string => strtolower( trim( is_scalar( $id ) ? (string) $id : '' ) ), $ids );
	return array_values( array_unique( array_intersect( $ids, hotline_ids() ) ) );
}

/**
 * A language code the widgets know: one of languages(), or a regional form of
 * one (`es-MX`); otherwise ''.
 */
function language( mixed $raw ): string {
	$code = trim( is_scalar( $raw ) ? (string) $raw : '' );
	if ( ! preg_match( '/^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/i', $code ) ) {
		return '';
	}
	$code  = str_replace( '_', '-', $code );
	$known = array_keys( languages() );
	foreach ( $known as $lang ) {
		if ( strtolower( $lang ) === strtolower( $code ) ) {
			return $lang;
		}
	}
	return in_array( strtolower( explode( '-', $code )[0] ), $known, true ) ? $code : '';
}

/** One of `$allowed`, or `$fallback`. */
function one_of( mixed $raw, array $allowed, string $fallback = '' ): string {
	$value = strtolower( trim( is_scalar( $raw ) ? (string) $raw : '' ) );
	return in_array( $value, $allowed, true ) ? $value : $fallback;
}
