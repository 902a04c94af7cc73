<?php
/**
 * Plugin Name:       Safety widgets
 * Description:       A quick exit button on every page, hotline banners, a warning-signs checklist and know your rights for organisations that help people affected by human trafficking and domestic violence. Stores and sends nothing about visitors.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            safety-widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       safety-widgets
 * Domain Path:       /languages
 *
 * @package SafetyWidgets
 */

namespace SafetyWidgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The plugin's version (written from package.json by `npm run build:wordpress`). */
const VERSION = '0.1.0';
/** The one option row that holds every setting (an array). */
const OPTION = 'safety_widgets_settings';
/** The script handle of safety-widgets.js. */
const HANDLE = 'safety-widgets';

define( 'SAFETY_WIDGETS_FILE', __FILE__ );

require_once __DIR__ . '/includes/directory.php';
require_once __DIR__ . '/includes/validate.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/front.php';
require_once __DIR__ . '/includes/compat.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/blocks.php';

/** Creates the settings row with its defaults, so the first save is an update (one set of messages). */
function activate(): void {
	add_option( OPTION, defaults() );
}
register_activation_hook( __FILE__, __NAMESPACE__ . '\\activate' );

add_action(
	'init',
	static function (): void {
		load_plugin_textdomain( 'safety-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	}
);

add_filter(
	'plugin_action_links_' . plugin_basename( __FILE__ ),
	static function ( array $links ): array {
		$url = admin_url( 'options-general.php?page=safety-widgets' );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'safety-widgets' ) . '</a>' );
		return $links;
	}
);
