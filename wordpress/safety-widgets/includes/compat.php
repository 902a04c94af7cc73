<?php
/**
 * Asks common optimisation plugins, through their own filters, to leave
 * safety-widgets.js alone: not combined with other scripts, not minified
 * again, not deferred or delayed until the visitor moves the mouse. (The
 * script tag also carries the marks they read; see front.php.) Each filter
 * runs only when its plugin is active, and only adds to what it is given.
 * Not tested against those plugins here (they are not in Debian): the README
 * tells partners what to exclude by hand.
 *
 * @package SafetyWidgets
 */

namespace SafetyWidgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** What identifies the script in each plugin's exclusion list: a part of its address. */
const SCRIPT_PATH = 'safety-widgets/widgets/';

/**
 * Adds `$item` to an exclusion list given as an array or as comma-separated text.
 *
 * @param mixed $list The plugin's list.
 * @return mixed The same kind of list, with the item.
 */
function exclude( mixed $list, string $item ): mixed {
	if ( is_array( $list ) ) {
		$list[] = $item;
		return $list;
	}
	if ( is_string( $list ) ) {
		return '' === trim( $list ) ? $item : $list . ', ' . $item;
	}
	return $list;
}

// WP Rocket: minify/combine, defer, and "Delay JavaScript execution" (lists of address parts).
foreach ( array( 'rocket_exclude_js', 'rocket_exclude_defer_js', 'rocket_delay_js_exclusions' ) as $filter ) {
	add_filter( $filter, static fn ( $list ) => exclude( $list, SCRIPT_PATH ) );
}
// Autoptimize: comma-separated address parts.
add_filter( 'autoptimize_filter_js_exclude', static fn ( $list ) => exclude( $list, SCRIPT_PATH ) );
// LiteSpeed Cache: combine/minify and defer/delay (address parts).
foreach ( array( 'litespeed_optimize_js_excludes', 'litespeed_optm_js_defer_exc' ) as $filter ) {
	add_filter( $filter, static fn ( $list ) => exclude( $list, SCRIPT_PATH ) );
}
// SiteGround Optimizer: combine, minify and defer (script handles).
foreach ( array( 'sgo_javascript_combine_exclude', 'sgo_js_minify_exclude', 'sgo_js_async_exclude' ) as $filter ) {
	add_filter( $filter, static fn ( $list ) => exclude( $list, HANDLE ) );
}
