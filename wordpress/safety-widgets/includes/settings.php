<?php
/**
 * Settings → Safety widgets: for administrators only (manage_options), through
 * the Settings API (options.php checks the nonce and the capability), every
 * value checked by the rules in validate.php. A value that is refused is not
 * saved: the one saved before stays, and a message at the top of the page says
 * why, in plain words.
 *
 * @package SafetyWidgets
 */

namespace SafetyWidgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const PAGE  = 'safety-widgets';
const GROUP = 'safety_widgets';

add_action( 'admin_init', __NAMESPACE__ . '\\register_settings' );
add_action( 'admin_menu', __NAMESPACE__ . '\\add_page' );

/** The option, its group, and the page's sections and fields. */
function register_settings(): void {
	register_setting(
		GROUP,
		OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => __NAMESPACE__ . '\\sanitize_settings',
			'default'           => defaults(),
			'show_in_rest'      => false,
		)
	);

	add_settings_section( 'exit', __( 'Quick exit on every page', 'safety-widgets' ), __NAMESPACE__ . '\\section_exit', PAGE );
	add_settings_field( 'exit', __( 'Quick exit', 'safety-widgets' ), __NAMESPACE__ . '\\field_exit', PAGE, 'exit', array( 'label_for' => 'safety-widgets-exit' ) );
	add_settings_field( 'exit_href', __( 'Where the button goes', 'safety-widgets' ), __NAMESPACE__ . '\\field_exit_href', PAGE, 'exit', array( 'label_for' => 'safety-widgets-exit-href' ) );
	add_settings_field( 'exit_placement', __( 'Where the button stands', 'safety-widgets' ), __NAMESPACE__ . '\\field_exit_placement', PAGE, 'exit', array( 'label_for' => 'safety-widgets-exit-placement' ) );
	add_settings_field( 'exit_shortcut', __( 'Keyboard shortcut', 'safety-widgets' ), __NAMESPACE__ . '\\field_exit_shortcut', PAGE, 'exit', array( 'label_for' => 'safety-widgets-exit-shortcut' ) );

	add_settings_section( 'lines', __( 'Hotlines', 'safety-widgets' ), __NAMESPACE__ . '\\section_lines', PAGE );
	add_settings_field( 'hotlines', __( 'Hotlines to show', 'safety-widgets' ), __NAMESPACE__ . '\\field_hotlines', PAGE, 'lines' );
	add_settings_field( 'own_name', __( 'Your line’s name', 'safety-widgets' ), __NAMESPACE__ . '\\field_text', PAGE, 'lines', array( 'label_for' => 'safety-widgets-own-name', 'key' => 'own_name', 'help' => __( 'For example: Safe Futures 24-hour hotline. Leave everything about your own line empty if you have none.', 'safety-widgets' ) ) );
	add_settings_field( 'own_phone', __( 'Your line’s phone number', 'safety-widgets' ), __NAMESPACE__ . '\\field_text', PAGE, 'lines', array( 'label_for' => 'safety-widgets-own-phone', 'key' => 'own_phone', 'type' => 'tel', 'help' => __( 'As you usually write it, for example 860-763-4542, +44 20 7946 0000 or 860-763-4542 ext. 2.', 'safety-widgets' ) ) );
	add_settings_field( 'own_sms', __( 'Number that takes text messages', 'safety-widgets' ), __NAMESPACE__ . '\\field_text', PAGE, 'lines', array( 'label_for' => 'safety-widgets-own-sms', 'key' => 'own_sms', 'type' => 'tel', 'help' => __( 'A phone number or a short code, like 233733. Leave it empty if your line takes no texts.', 'safety-widgets' ) ) );
	add_settings_field( 'own_keyword', __( 'Word to text', 'safety-widgets' ), __NAMESPACE__ . '\\field_text', PAGE, 'lines', array( 'label_for' => 'safety-widgets-own-keyword', 'key' => 'own_keyword', 'help' => __( 'If people should text a word, like SAFE. It is written into the message for them.', 'safety-widgets' ) ) );
	add_settings_field( 'own_url', __( 'Your line’s website', 'safety-widgets' ), __NAMESPACE__ . '\\field_text', PAGE, 'lines', array( 'label_for' => 'safety-widgets-own-url', 'key' => 'own_url', 'type' => 'url', 'help' => __( 'A full address starting with https://.', 'safety-widgets' ) ) );
	add_settings_field( 'own_hours', __( 'Opening hours', 'safety-widgets' ), __NAMESPACE__ . '\\field_text', PAGE, 'lines', array( 'label_for' => 'safety-widgets-own-hours', 'key' => 'own_hours', 'help' => __( 'As you want them shown, for example 24/7 or Mon–Fri 9–5.', 'safety-widgets' ) ) );
	add_settings_field( 'lock_lines', __( 'Who may change these lines', 'safety-widgets' ), __NAMESPACE__ . '\\field_lock_lines', PAGE, 'lines', array( 'label_for' => 'safety-widgets-lock-lines' ) );
	add_settings_field( 'emergency', __( 'Emergency number', 'safety-widgets' ), __NAMESPACE__ . '\\field_text', PAGE, 'lines', array( 'label_for' => 'safety-widgets-emergency', 'key' => 'emergency', 'help' => __( 'Shown as “In immediate danger? Call 911.” Use 999, 112 or another number outside the US, or write none to leave that line out.', 'safety-widgets' ) ) );

	add_settings_section( 'language', __( 'Language', 'safety-widgets' ), __NAMESPACE__ . '\\section_language', PAGE );
	add_settings_field( 'language', __( 'Language of the widgets', 'safety-widgets' ), __NAMESPACE__ . '\\field_language', PAGE, 'language', array( 'label_for' => 'safety-widgets-language' ) );
}

/** Settings → Safety widgets, for those who may manage options. */
function add_page(): void {
	add_options_page( __( 'Safety widgets', 'safety-widgets' ), __( 'Safety widgets', 'safety-widgets' ), 'manage_options', PAGE, __NAMESPACE__ . '\\render_page' );
}

/** One message at the top of the page (once, however often WordPress runs the check). */
function report( string $code, string $message, string $type = 'error' ): void {
	foreach ( get_settings_errors( GROUP ) as $error ) {
		if ( $error['code'] === $code ) {
			return;
		}
	}
	add_settings_error( GROUP, $code, $message, $type );
}

/**
 * The form's values, checked. A refused value keeps the one saved before.
 * Checking a checked value changes nothing (WordPress may run this twice in
 * one save, when it adds the row), and each message is given once.
 *
 * @param mixed $input What the form sent.
 * @return array<string, mixed>
 */
function sanitize_settings( mixed $input ): array {
	$old = settings();
	if ( ! is_array( $input ) ) {
		return $old;
	}
	$kept = __( 'What was saved before is kept.', 'safety-widgets' );
	$out  = $old;

	$out['exit'] = ! empty( $input['exit'] );

	$href = trim( is_scalar( $input['exit_href'] ?? '' ) ? (string) ( $input['exit_href'] ?? '' ) : '' );
	if ( '' !== $href || $out['exit'] ) {
		[ $address, $why, $note ] = destination( $href );
		if ( null === $address ) {
			report( 'exit_href', $why . ' ' . $kept );
		} else {
			$out['exit_href'] = $address;
			if ( null !== $note ) {
				report( 'exit_href_note', $note, 'info' );
			}
		}
	}
	$out['exit_placement'] = one_of( $input['exit_placement'] ?? '', placements(), $old['exit_placement'] );
	$out['exit_shortcut']  = one_of( $input['exit_shortcut'] ?? '', shortcuts(), $old['exit_shortcut'] );

	$out['hotlines']   = hotline_list( $input['hotlines'] ?? array() );
	$out['lock_lines'] = ! empty( $input['lock_lines'] );
	$out['own_name'] = plain_text( $input['own_name'] ?? '' );

	/* translators: %s: what the person typed */
	$not_phone = __( '“%s” is not a phone number. Use digits, spaces, dashes, dots or brackets, with + in front of an international number and ext. before an extension, for example 1-800-555-0100 ext. 2.', 'safety-widgets' );
	$phone     = plain_text( $input['own_phone'] ?? '', 60 );
	if ( '' === $phone || null !== parse_phone( $phone ) ) {
		$out['own_phone'] = $phone;
	} else {
		report( 'own_phone', __( 'Your line’s phone number:', 'safety-widgets' ) . ' ' . sprintf( $not_phone, $phone ) . ' ' . $kept );
	}
	$sms = plain_text( $input['own_sms'] ?? '', 60 );
	if ( '' === $sms || null !== parse_sms( $sms ) ) {
		$out['own_sms'] = $sms;
	} else {
		report( 'own_sms', __( 'Number that takes text messages:', 'safety-widgets' ) . ' ' . sprintf( __( '“%s” cannot take text messages. Use a phone number without an extension, or a short code like 233733.', 'safety-widgets' ), $sms ) . ' ' . $kept );
	}
	$out['own_keyword'] = keyword( $input['own_keyword'] ?? '' );

	$url = trim( is_scalar( $input['own_url'] ?? '' ) ? (string) ( $input['own_url'] ?? '' ) : '' );
	if ( '' === $url ) {
		$out['own_url'] = '';
	} else {
		[ $address, $added ] = website( $url );
		if ( null === $address ) {
			/* translators: %s: what the person typed */
			report( 'own_url', __( 'Your line’s website:', 'safety-widgets' ) . ' ' . sprintf( __( '“%s” is not a full https:// address, for example https://www.example.org/.', 'safety-widgets' ), plain_text( $url, 200 ) ) . ' ' . $kept );
		} else {
			$out['own_url'] = $address;
			if ( $added ) {
				/* translators: %s: a web address */
				report( 'own_url_note', sprintf( __( 'Your line’s website had no https:// in front; it was saved as %s.', 'safety-widgets' ), $address ), 'info' );
			}
		}
	}
	$out['own_hours'] = plain_text( $input['own_hours'] ?? '' );

	$emergency_text = plain_text( $input['emergency'] ?? '', 40 );
	$emergency      = '' === $emergency_text ? '911' : emergency( $emergency_text );
	if ( null === $emergency ) {
		report( 'emergency', __( 'Emergency number:', 'safety-widgets' ) . ' ' . sprintf( $not_phone, $emergency_text ) . ' ' . $kept );
	} else {
		$out['emergency'] = $emergency;
	}

	$lang            = is_scalar( $input['language'] ?? '' ) ? (string) ( $input['language'] ?? '' ) : '';
	$out['language'] = '' === $lang ? '' : ( array_key_exists( $lang, languages() ) ? $lang : $old['language'] );

	if ( array() === $out['hotlines'] && '' === $out['own_name'] . $out['own_phone'] . $out['own_sms'] ) {
		report( 'no_line', __( 'No hotline is chosen and your own line is empty, so hotline banners show nothing.', 'safety-widgets' ), 'warning' );
	}
	// WordPress says "Settings saved." only when no message at all was given: say it here, or say what was saved.
	$refused = array_filter( get_settings_errors( GROUP ), static fn ( $error ) => 'error' === $error['type'] );
	if ( $refused ) {
		report( 'saved_others', __( 'Your other settings were saved.', 'safety-widgets' ), 'success' );
	} elseif ( get_settings_errors( GROUP ) ) {
		report( 'settings_updated', __( 'Settings saved.', 'safety-widgets' ), 'success' );
	}
	return $out;
}

/** The name of a field in the form. */
function name( string $key ): string {
	return OPTION . '[' . $key . ']';
}

function section_exit(): void {
	echo '<p>' . esc_html__( 'A button at the top of every page of your site. One press hides the page at once and opens another, harmless site in its place. In Chrome, Edge, Firefox and Safari, Back then skips every page of your site the person opened in that tab; in older browsers, only the page they were on. Someone who is being watched can leave your site quickly.', 'safety-widgets' ) . '</p>';
}

function field_exit(): void {
	$on = settings()['exit'];
	printf(
		'<label><input type="checkbox" id="safety-widgets-exit" name="%s" value="1" %s> %s</label>',
		esc_attr( name( 'exit' ) ),
		checked( $on, true, false ),
		esc_html__( 'Show a quick exit button on every page of this site', 'safety-widgets' )
	);
}

function field_exit_href(): void {
	printf(
		'<input type="text" inputmode="url" class="regular-text code" id="safety-widgets-exit-href" name="%s" value="%s" aria-describedby="safety-widgets-exit-href-help"><p class="description" id="safety-widgets-exit-href-help">%s</p>',
		esc_attr( name( 'exit_href' ) ),
		esc_attr( settings()['exit_href'] ),
		esc_html__( 'A harmless site that is not yours, written in full, for example https://www.google.com/ or a weather site. An address on your own site is refused: it would be no exit.', 'safety-widgets' )
	);
}

/** A drop-down list. @param array<string, string> $options value => label */
function select( string $key, string $id, array $options, string $current, string $help = '' ): void {
	printf( '<select id="%s" name="%s"%s>', esc_attr( $id ), esc_attr( name( $key ) ), '' === $help ? '' : ' aria-describedby="' . esc_attr( $id ) . '-help"' );
	foreach ( $options as $value => $label ) {
		printf( '<option value="%s" %s>%s</option>', esc_attr( $value ), selected( $current, $value, false ), esc_html( $label ) );
	}
	echo '</select>';
	if ( '' !== $help ) {
		printf( '<p class="description" id="%s-help">%s</p>', esc_attr( $id ), esc_html( $help ) );
	}
}

function field_exit_placement(): void {
	select(
		'exit_placement',
		'safety-widgets-exit-placement',
		array(
			'top'    => __( 'At the top of the screen (best)', 'safety-widgets' ),
			'bottom' => __( 'At the bottom of the screen', 'safety-widgets' ),
			'inline' => __( 'At the start of the page, scrolling away with it', 'safety-widgets' ),
		),
		settings()['exit_placement'],
		__( 'At the top or the bottom, the button stays in view while people scroll, and your page keeps room for it so it covers nothing.', 'safety-widgets' )
	);
}

function field_exit_shortcut(): void {
	select(
		'exit_shortcut',
		'safety-widgets-exit-shortcut',
		array(
			'shift'  => __( 'Press Shift three times (best)', 'safety-widgets' ),
			'escape' => __( 'Press Escape twice', 'safety-widgets' ),
			'none'   => __( 'No shortcut: the button only', 'safety-widgets' ),
		),
		settings()['exit_shortcut'],
		__( 'A way to leave without finding the button. Shift works even while someone is typing in a form.', 'safety-widgets' )
	);
}

function section_lines(): void {
	echo '<p>' . esc_html__( 'What hotline banners and the checklist show, unless a page says otherwise. Your own line is shown first.', 'safety-widgets' ) . '</p>';
}

function field_hotlines(): void {
	$chosen = settings()['hotlines'];
	echo '<fieldset><legend class="screen-reader-text">' . esc_html__( 'Hotlines to show', 'safety-widgets' ) . '</legend>';
	foreach ( hotlines() as $id => $line ) {
		printf(
			'<label><input type="checkbox" name="%s[]" value="%s" %s> %s <span class="description">(%s)</span></label><br>',
			esc_attr( name( 'hotlines' ) ),
			esc_attr( $id ),
			checked( in_array( $id, $chosen, true ), true, false ),
			esc_html( tr( $line['name'], '' ) ),
			esc_html( implode( ', ', array_map( static fn ( $call ) => $call[0], $line['calls'] ) ) )
		);
	}
	echo '</fieldset>';
}

/** A one-line text box. @param array{key: string, label_for: string, type?: string, help?: string} $args */
function field_text( array $args ): void {
	$id   = $args['label_for'];
	$help = $args['help'] ?? '';
	printf(
		'<input type="%s" class="regular-text" id="%s" name="%s" value="%s"%s>',
		esc_attr( 'url' === ( $args['type'] ?? '' ) ? 'text' : ( $args['type'] ?? 'text' ) ),
		esc_attr( $id ),
		esc_attr( name( $args['key'] ) ),
		esc_attr( (string) settings()[ $args['key'] ] ),
		'' === $help ? '' : ' aria-describedby="' . esc_attr( $id ) . '-help"'
	);
	if ( '' !== $help ) {
		printf( '<p class="description" id="%s-help">%s</p>', esc_attr( $id ), esc_html( $help ) );
	}
}

function field_lock_lines(): void {
	printf(
		'<label><input type="checkbox" id="safety-widgets-lock-lines" name="%s" value="1" %s aria-describedby="safety-widgets-lock-lines-help"> %s</label><p class="description" id="safety-widgets-lock-lines-help">%s</p>',
		esc_attr( name( 'lock_lines' ) ),
		checked( settings()['lock_lines'], true, false ),
		esc_html__( 'Authors and Contributors can only choose from the hotlines above and your own line (best)', 'safety-widgets' ),
		esc_html__( 'When this is ticked, a banner, checklist or know-your-rights in a post by an Author or a Contributor shows your own line, emergency number and hotlines as set here, even if they typed another phone number, text number, website or emergency number into it. Nobody can then publish a false number under your name. Administrators and Editors can still set any line.', 'safety-widgets' )
	);
}

function section_language(): void {
	echo '<p>' . esc_html__( 'The widgets speak the language of each page (the one set in Settings → General, or by a translation plugin). Choose one here only if every page should show the widgets in the same language.', 'safety-widgets' ) . '</p>';
}

function field_language(): void {
	$options = array( '' => __( 'The language of each page (best)', 'safety-widgets' ) ) + languages();
	select( 'language', 'safety-widgets-language', $options, settings()['language'] );
}

/** The page: the form, then plain-words help. */
function render_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html__( 'Safety widgets', 'safety-widgets' ) . '</h1>';
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( GROUP );
	do_settings_sections( PAGE );
	submit_button();
	echo '</form>';

	echo '<h2>' . esc_html__( 'Putting the widgets on a page', 'safety-widgets' ) . '</h2>';
	echo '<p>' . esc_html__( 'In the block editor, click + and search for “hotline”, “warning signs” or “quick exit”. In the classic editor, or anywhere shortcodes work, write one of these on a line of its own:', 'safety-widgets' ) . '</p>';
	echo '<p><code>[hotline_banner]</code> <code>[signs_checklist]</code> <code>[know_your_rights]</code> <code>[quick_exit]</code></p>';
	echo '<p>' . esc_html__( 'Authors and Contributors can use them too (see below for what they can change). Do not paste the widgets’ HTML code into a Classic or Custom HTML block: WordPress removes it for most people. Do not upload the widgets’ files to the Media Library: WordPress refuses them, and this plugin already has them.', 'safety-widgets' ) . '</p>';
	echo '<h2>' . esc_html__( 'What Authors and Contributors can do', 'safety-widgets' ) . '</h2>';
	echo '<p>' . esc_html__( 'Authors and Contributors cannot publish unfiltered HTML. Someone who gets hold of such an account, or a Contributor whose post is approved without a close look, must not be able to send a person in danger to the wrong place. So, in their posts:', 'safety-widgets' ) . '</p>';
	echo '<ul class="ul-disc">';
	echo '<li>' . esc_html__( 'A quick exit they add always goes where you set above. The address they type is not used.', 'safety-widgets' ) . '</li>';
	echo '<li>' . esc_html__( 'While the quick exit is on for every page, theirs stays in the page where they put it: it is never fixed at the top or bottom of the screen, never covers yours, and no key sets it off. Your button and its keyboard shortcut always lead to your chosen site.', 'safety-widgets' ) . '</li>';
	echo '<li>' . esc_html__( 'While “Authors and Contributors can only choose from the hotlines above” is ticked, their banners, checklists and know-your-rights show your own line and emergency number. They can choose which hotlines from the list to show, the look and the language, but they cannot type a phone number, text number, website or emergency number.', 'safety-widgets' ) . '</li>';
	echo '</ul>';
	echo '<p>' . esc_html__( 'What counts is who wrote the post, not who approved it. Posts by Administrators and Editors (people who can publish unfiltered HTML) keep what they set: their quick exit can go elsewhere and stand at the top or bottom, but never takes your button’s keyboard shortcut. In the block editor, each quick exit says under its button where it will go and where it will stand.', 'safety-widgets' ) . '</p>';
	echo '<h2>' . esc_html__( 'Privacy', 'safety-widgets' ) . '</h2>';
	echo '<p>' . esc_html__( 'This plugin stores nothing about your visitors and sends nothing anywhere: no cookies, no tracking, no requests to other sites. Its files come from your own site. Other plugins can still watch visitors: turn off session recording and heatmaps on pages with the widgets.', 'safety-widgets' ) . '</p>';
	echo '<h2>' . esc_html__( 'Words for your visitors', 'safety-widgets' ) . '</h2>';
	echo '<p>' . esc_html__( 'Put advice like this next to the widgets, in your own words:', 'safety-widgets' ) . '</p>';
	echo '<blockquote><p><strong>' . esc_html__( 'Staying safe online.', 'safety-widgets' ) . '</strong> ' . esc_html__( 'The Exit button takes you to Google straight away, and Back will not bring you back to this site in most browsers. It does not delete your browsing history. If someone may check your device, use a private or incognito window, or a device they cannot reach (a friend’s phone, a library computer). Deleting all your history can itself look suspicious; you can delete only the pages you choose. Calls and text messages stay in your phone’s call list and messages, and texts can show on a locked screen: if that is not safe, call from another phone, or delete them afterwards. If you think your phone or computer is being watched, a hotline advocate can help you plan what to do.', 'safety-widgets' ) . '</p></blockquote>';
	echo '</div>';
}
