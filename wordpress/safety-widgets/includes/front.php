<?php
/**
 * The front end: safety-widgets.js in the page's head on every page while the
 * site-wide exit is on, and otherwise only on pages with a widget; the site-wide
 * exit at the start of the body, with its destination also in a
 * <meta name="quick-exit"> and in data-quick-exit on the script tag, so the
 * script finds it however a theme or an optimisation plugin prints the page.
 * Nothing here stores or sends anything: no options are written, no cookies
 * set, no requests made.
 *
 * @package SafetyWidgets
 */

namespace SafetyWidgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'init', __NAMESPACE__ . '\\register_script' );
add_action( 'wp_enqueue_scripts', __NAMESPACE__ . '\\enqueue_front', 1 );
add_action( 'wp_head', __NAMESPACE__ . '\\print_meta', 1 );
add_action( 'wp_body_open', __NAMESPACE__ . '\\print_site_exit', 1 );
add_action( 'wp_footer', __NAMESPACE__ . '\\print_site_exit', 1 );
add_filter( 'script_loader_tag', __NAMESPACE__ . '\\mark_script_tag', 10, 2 );

/**
 * safety-widgets.js, from this plugin's folder: it loads widgets/parts/widgets.js,
 * widgets/parts/rights.js and widgets/locales/<code>.js from beside itself when a page needs them.
 * In the head (not in the footer, not deferred), so the exit works as soon as the page shows.
 */
function register_script(): void {
	wp_register_script( HANDLE, plugins_url( 'widgets/safety-widgets.js', SAFETY_WIDGETS_FILE ), array(), VERSION, false );
}

/** Whether the site-wide exit shows on this page: on in the settings, and a page of the site (not the admin, a feed or an embed). */
function site_exit_on(): bool {
	return settings()['exit'] && ! is_admin() && ! is_feed() && ! is_embed();
}

/** Whether the posts this page shows hold one of the widgets' shortcodes or blocks. */
function page_has_widgets(): bool {
	global $wp_query;
	if ( ! $wp_query instanceof \WP_Query ) {
		return false;
	}
	foreach ( (array) $wp_query->posts as $post ) {
		$content = $post instanceof \WP_Post ? $post->post_content : '';
		if ( str_contains( $content, '<!-- wp:safety-widgets/' ) ) {
			return true;
		}
		foreach ( array( 'hotline_banner', 'signs_checklist', 'know_your_rights', 'quick_exit' ) as $tag ) {
			if ( has_shortcode( $content, $tag ) ) {
				return true;
			}
		}
	}
	return false;
}

function enqueue_front(): void {
	if ( site_exit_on() || page_has_widgets() ) {
		wp_enqueue_script( HANDLE );
	}
}

/** The destination for the script, before the script tag: it reads the meta when data-quick-exit is lost. */
function print_meta(): void {
	if ( site_exit_on() ) {
		echo '<meta name="quick-exit" content="' . esc_attr( settings()['exit_href'] ) . '">' . "\n";
	}
}

/**
 * The site-wide exit, as its settings say (placement, shortcut, language), at
 * the start of the body; at the end of the page for themes that have no
 * wp_body_open (a fixed button stands at the top or bottom wherever it is).
 */
function print_site_exit(): void {
	static $printed = false;
	if ( $printed || ! site_exit_on() ) {
		return;
	}
	$printed = true;
	echo site_exit() . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput -- built from escaped parts in render.php.
}

/**
 * Marks the script tag so that common optimisation plugins leave it as it is
 * (not combined, minified, deferred or delayed), and adds data-quick-exit.
 * The marks go right after `<script`: Cloudflare's Rocket Loader reads
 * data-cfasync only before src.
 */
function mark_script_tag( string $tag, string $handle ): string {
	if ( HANDLE !== $handle ) {
		return $tag;
	}
	$marks = ' data-no-optimize="1" data-no-minify="1" data-no-defer="1" data-noptimize="1" data-cfasync="false" data-jetpack-boost="ignore" data-pagespeed-no-defer nowprocket';
	if ( site_exit_on() ) {
		$marks .= ' data-quick-exit="' . esc_attr( settings()['exit_href'] ) . '"';
	}
	return (string) preg_replace( '/<script(?=\s[^>]*\bsrc=)/', '<script' . $marks, $tag, 1 );
}
