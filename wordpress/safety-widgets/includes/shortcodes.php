<?php
/**
 * [hotline_banner], [signs_checklist], [know_your_rights] and [quick_exit]: the widgets in any
 * post, page or widget area, written by anyone who may write posts (Authors
 * and Contributors too: a shortcode is plain text, so WordPress's filter of
 * HTML tags leaves it alone, and it becomes the widget only when the page is
 * shown). Attributes are those of the elements (README), each checked and
 * escaped in render.php; what is not given comes from Settings → Safety widgets.
 * In a post by someone who cannot publish unfiltered HTML, render.php takes
 * less from them: a quick exit's address, placement and shortcut, and (while
 * the lines are locked) a banner's or know-your-rights' own line and a banner's
 * emergency number are the site's.
 *
 * @package SafetyWidgets
 */

namespace SafetyWidgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'init', __NAMESPACE__ . '\\register_shortcodes' );

function register_shortcodes(): void {
	add_shortcode( 'hotline_banner', static fn ( $atts ) => banner( shortcode_attributes( $atts ) ) );
	add_shortcode( 'signs_checklist', static fn ( $atts ) => checklist( shortcode_attributes( $atts ) ) );
	add_shortcode( 'know_your_rights', static fn ( $atts ) => rights( shortcode_attributes( $atts ) ) );
	add_shortcode( 'quick_exit', static fn ( $atts ) => quick_exit( shortcode_attributes( $atts ) ) );
}

/**
 * A shortcode's attributes by name: `sms_keyword` and `heading_level` as well
 * as `sms-keyword` and `heading-level`, and a bare `dismissible`.
 *
 * @param mixed $atts What WordPress parsed ('' when there are none).
 * @return array<string, string>
 */
function shortcode_attributes( mixed $atts ): array {
	$out = array();
	foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
		if ( is_int( $name ) ) {
			$out[ strtolower( (string) $value ) ] = '';
			continue;
		}
		$out[ str_replace( '_', '-', strtolower( $name ) ) ] = (string) $value;
	}
	return $out;
}
