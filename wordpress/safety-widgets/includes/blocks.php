<?php
/**
 * Four dynamic blocks: Hotline banner, Warning-signs checklist, Know your rights, Quick exit.
 * The post keeps only the block's name and settings (an HTML comment, which
 * WordPress's filter of HTML tags leaves alone for Authors and Contributors);
 * the widget is made when the page is shown, by the same code as the
 * shortcodes. In the editor, the preview is the real widget: the editor loads
 * safety-widgets.js, and the server draws the block (ServerSideRender).
 *
 * @package SafetyWidgets
 */

namespace SafetyWidgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'init', __NAMESPACE__ . '\\register_blocks' );
add_action( 'enqueue_block_editor_assets', __NAMESPACE__ . '\\enqueue_editor' );
// Editors that draw the content in a frame (the site editor; newer post editors) load block assets into it.
add_action(
	'enqueue_block_assets',
	static function (): void {
		if ( is_admin() ) {
			wp_enqueue_script( HANDLE );
		}
	}
);

/** A block attribute: a string (absent means "as in the settings"). */
function text_attribute(): array {
	return array( 'type' => 'string' );
}

function register_blocks(): void {
	wp_register_script(
		'safety-widgets-blocks',
		plugins_url( 'editor/blocks.js', SAFETY_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-data' ),
		VERSION,
		true
	);
	$common = array(
		'api_version'   => 2,
		'category'      => 'widgets',
		'textdomain'    => 'safety-widgets',
		'editor_script' => 'safety-widgets-blocks',
		// The post a block is in: whether its author may set an exit's address or a hotline's number (render.php).
		'uses_context'  => array( 'postId' ),
		'supports'      => array(
			'html'     => false,
			'align'    => array( 'wide', 'full' ),
			'multiple' => true,
		),
	);
	register_block_type(
		'safety-widgets/hotline-banner',
		$common + array(
			'title'           => __( 'Hotline banner', 'safety-widgets' ),
			'description'     => __( 'Hotlines with call and text links that work on every phone, and the emergency number.', 'safety-widgets' ),
			'icon'            => 'phone',
			'keywords'        => array( __( 'hotline', 'safety-widgets' ), __( 'help', 'safety-widgets' ), __( 'phone', 'safety-widgets' ) ),
			'attributes'      => array(
				'hotlines'    => text_attribute(),
				'name'        => text_attribute(),
				'phone'       => text_attribute(),
				'sms'         => text_attribute(),
				'smsKeyword'  => text_attribute(),
				'url'         => text_attribute(),
				'hours'       => text_attribute(),
				'emergency'   => text_attribute(),
				'variant'     => text_attribute(),
				'dismissible' => array(
					'type'    => 'boolean',
					'default' => false,
				),
				'label'       => text_attribute(),
				'lang'        => text_attribute(),
			),
			'render_callback' => static fn ( $attributes, $content = '', $block = null ) => block_html( banner( block_attributes( $attributes ), block_post( $block ) ) ),
		)
	);
	register_block_type(
		'safety-widgets/signs-checklist',
		$common + array(
			'title'           => __( 'Warning-signs checklist', 'safety-widgets' ),
			'description'     => __( 'The warning signs of human trafficking as a private checklist that leads to help. It never scores anyone.', 'safety-widgets' ),
			'icon'            => 'yes-alt',
			'keywords'        => array( __( 'warning signs', 'safety-widgets' ), __( 'trafficking', 'safety-widgets' ), __( 'checklist', 'safety-widgets' ) ),
			'attributes'      => array(
				'perspective'  => text_attribute(),
				'categories'   => text_attribute(),
				'hotlines'     => text_attribute(),
				'emergency'    => text_attribute(),
				'headingLevel' => text_attribute(),
				'lang'         => text_attribute(),
			),
			'render_callback' => static fn ( $attributes, $content = '', $block = null ) => block_html( checklist( block_attributes( $attributes ), block_post( $block ) ) ),
		)
	);
	register_block_type(
		'safety-widgets/know-your-rights',
		$common + array(
			'title'           => __( 'Know your rights', 'safety-widgets' ),
			'description'     => __( 'What every worker in the United States may do, whatever their immigration status: work, documents, T and U visas, safety. General information, not legal advice.', 'safety-widgets' ),
			'icon'            => 'info',
			'keywords'        => array( __( 'rights', 'safety-widgets' ), __( 'workers', 'safety-widgets' ), __( 'visa', 'safety-widgets' ) ),
			'attributes'      => array(
				'topics'       => text_attribute(),
				'perspective'  => text_attribute(),
				'headingLevel' => text_attribute(),
				'name'         => text_attribute(),
				'phone'        => text_attribute(),
				'sms'          => text_attribute(),
				'smsKeyword'   => text_attribute(),
				'url'          => text_attribute(),
				'hours'        => text_attribute(),
				'lang'         => text_attribute(),
			),
			'render_callback' => static fn ( $attributes, $content = '', $block = null ) => block_html( rights( block_attributes( $attributes ), block_post( $block ) ) ),
		)
	);
	register_block_type(
		'safety-widgets/quick-exit',
		$common + array(
			'title'           => __( 'Quick exit', 'safety-widgets' ),
			'description'     => __( 'A button that hides the page at once and leaves for another site. Not needed when the quick exit is on for every page.', 'safety-widgets' ),
			'icon'            => 'migrate',
			'keywords'        => array( __( 'exit', 'safety-widgets' ), __( 'leave', 'safety-widgets' ), __( 'escape', 'safety-widgets' ) ),
			'attributes'      => array(
				'href'      => text_attribute(),
				'shortcut'  => text_attribute(),
				'placement' => text_attribute(),
				'label'     => text_attribute(),
				'lang'      => text_attribute(),
			),
			'render_callback' => static fn ( $attributes, $content = '', $block = null ) => block_html( quick_exit( block_attributes( $attributes ), is_editor_preview(), block_post( $block ) ) ),
		)
	);
}

/** The id of the post a block is drawn in (its context), or null for the current post. */
function block_post( mixed $block ): ?int {
	$id = $block instanceof \WP_Block ? ( $block->context['postId'] ?? null ) : null;
	return is_numeric( $id ) && (int) $id > 0 ? (int) $id : null;
}

/** A block's attributes under the elements' names (`smsKeyword` → `sms-keyword`). */
function block_attributes( mixed $attributes ): array {
	$out = array();
	foreach ( is_array( $attributes ) ? $attributes : array() as $name => $value ) {
		$out[ strtolower( (string) preg_replace( '/[A-Z]/', '-$0', (string) $name ) ) ] = $value;
	}
	return $out;
}

/** The widget inside the block's own wrapper (its alignment and classes). */
function block_html( string $widget ): string {
	return '<div ' . get_block_wrapper_attributes() . '>' . $widget . '</div>';
}

/** Whether this is the editor asking for a block's preview. */
function is_editor_preview(): bool {
	$route = $GLOBALS['wp']->query_vars['rest_route'] ?? '';
	return defined( 'REST_REQUEST' ) && REST_REQUEST && is_string( $route ) && str_starts_with( $route, '/wp/v2/block-renderer/' );
}

/** In the editor: the widgets themselves (for the previews), and the words and choices the block settings show. */
function enqueue_editor(): void {
	wp_enqueue_script( HANDLE );
	$ids = array();
	foreach ( hotlines() as $id => $line ) {
		$ids[] = array(
			'value' => $id,
			'label' => tr( $line['name'], '' ),
		);
	}
	$languages = array();
	foreach ( languages() as $code => $name ) {
		$languages[] = array(
			'value' => $code,
			'label' => $name,
		);
	}
	$words = array(
		'settings'      => __( 'Settings', 'safety-widgets' ),
		'fromSettings'  => __( 'As in Settings → Safety widgets', 'safety-widgets' ),
		'emptyHelp'     => __( 'Leave empty to use what is set in Settings → Safety widgets.', 'safety-widgets' ),
		'hotlines'      => __( 'Hotlines to show', 'safety-widgets' ),
		'ownLine'       => __( 'Your own line (instead of the one in the settings)', 'safety-widgets' ),
		'name'          => __( 'Name', 'safety-widgets' ),
		'phone'         => __( 'Phone number', 'safety-widgets' ),
		'sms'           => __( 'Number that takes text messages', 'safety-widgets' ),
		'smsKeyword'    => __( 'Word to text', 'safety-widgets' ),
		'url'           => __( 'Website (https://…)', 'safety-widgets' ),
		'hours'         => __( 'Opening hours', 'safety-widgets' ),
		'emergency'     => __( 'Emergency number (or none)', 'safety-widgets' ),
		'variant'       => __( 'Look', 'safety-widgets' ),
		'bar'           => __( 'A strip across the page', 'safety-widgets' ),
		'card'          => __( 'A box', 'safety-widgets' ),
		'compact'       => __( 'One line', 'safety-widgets' ),
		'dismissible'   => __( 'Visitors can hide it', 'safety-widgets' ),
		'label'         => __( 'Name for screen readers', 'safety-widgets' ),
		'lang'          => __( 'Language', 'safety-widgets' ),
		'perspective'   => __( 'Who the signs are about', 'safety-widgets' ),
		'other'         => __( 'Someone the visitor knows', 'safety-widgets' ),
		'self'          => __( 'The visitor', 'safety-widgets' ),
		'categories'    => __( 'Groups of signs (empty: all)', 'safety-widgets' ),
		'categoriesHelp' => __( 'Any of: behavior physical living work control', 'safety-widgets' ),
		'headingLevel'  => __( 'Heading level of “What you can do”', 'safety-widgets' ),
		'href'          => __( 'Where the button goes (https://…)', 'safety-widgets' ),
		'shortcut'      => __( 'Keyboard shortcut', 'safety-widgets' ),
		'shift'         => __( 'Press Shift three times', 'safety-widgets' ),
		'escape'        => __( 'Press Escape twice', 'safety-widgets' ),
		'none'          => __( 'No shortcut', 'safety-widgets' ),
		'placement'     => __( 'Where the button stands', 'safety-widgets' ),
		'top'           => __( 'At the top of the screen', 'safety-widgets' ),
		'bottom'        => __( 'At the bottom of the screen', 'safety-widgets' ),
		'inline'        => __( 'Here, in the page', 'safety-widgets' ),
		'buttonText'    => __( 'Button text', 'safety-widgets' ),
		'previewNote'   => __( 'In the editor the button does nothing and has no shortcut; on the page it works.', 'safety-widgets' ),
		'exitFixed'     => __( 'This post’s author cannot publish unfiltered HTML: on the page, this button goes where the site-wide quick exit goes, stays in the page and has no shortcut. The note under the button says where it goes.', 'safety-widgets' ),
		'topics'        => __( 'Topics to show', 'safety-widgets' ),
		'topicWork'     => __( 'Rights at work', 'safety-widgets' ),
		'topicDocuments' => __( 'Passport and ID', 'safety-widgets' ),
		'topicImmigration' => __( 'T and U visas', 'safety-widgets' ),
		'topicSafety'   => __( 'Staying safe', 'safety-widgets' ),
		'rightsPerspective' => __( 'Who reads it', 'safety-widgets' ),
		'rightsSelf'    => __( 'The worker (“You can leave a job…”)', 'safety-widgets' ),
		'rightsOther'   => __( 'Someone worried about a worker', 'safety-widgets' ),
		'rightsLevel'   => __( 'Heading level of the topics', 'safety-widgets' ),
		'rightsLocked'  => __( 'This post’s author cannot publish unfiltered HTML, and the administrator has locked the hotline data: the widget shows the site’s own line from Settings → Safety widgets.', 'safety-widgets' ),
		'linesLocked'   => __( 'This post’s author cannot publish unfiltered HTML, and the administrator has locked the hotline data: the banner shows the site’s own line and emergency number from Settings → Safety widgets. Choose which hotlines to show.', 'safety-widgets' ),
	);
	// The post being edited: what its author may set (render.php applies the same rules on the page, whatever the editor sends).
	$post    = get_post();
	$trusted = $post instanceof \WP_Post ? author_trusted( $post ) : current_user_can( 'unfiltered_html' );
	wp_add_inline_script(
		'safety-widgets-blocks',
		'window.safetyWidgetsEditor = ' . wp_json_encode(
			array(
				'words'           => $words,
				'hotlines'        => $ids,
				'defaultHotlines' => settings()['hotlines'],
				'exitFixed'       => settings()['exit'] && ! $trusted,
				'linesLocked'     => settings()['lock_lines'] && ! $trusted,
				'languages'       => $languages,
			)
		) . ';',
		'before'
	);
}
