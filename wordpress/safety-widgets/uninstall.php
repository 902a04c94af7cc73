<?php
/**
 * Deleting the plugin (Plugins → Delete) removes the one thing it stored: its
 * settings row. It never stored anything about visitors.
 *
 * @package SafetyWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'safety_widgets_settings' );
if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $safety_widgets_site ) {
		delete_blog_option( $safety_widgets_site, 'safety_widgets_settings' );
	}
}
