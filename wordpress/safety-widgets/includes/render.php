<?php
/**
 * The widgets' HTML, for shortcodes, blocks and the site-wide exit: the custom
 * element with its attributes (each checked and escaped), and inside it what a
 * visitor sees before the script has drawn the widget, or without JavaScript
 * (phrasing content only, so a widget inside a paragraph stays whole).
 *
 * @package SafetyWidgets
 */

namespace SafetyWidgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Marks text for translation whose language is chosen later, by tr(). */
function noop( string $text ): string {
	return $text;
}

/**
 * Text in the widget's language: Spanish from the plugin's own es_ES file,
 * English as written, and with no language given, the site's (like __()).
 */
function tr( string $text, string $lang ): string {
	if ( '' === $lang ) {
		return translate( $text, 'safety-widgets' ); // phpcs:ignore WordPress.WP.I18n -- the strings are marked where they are written.
	}
	if ( 'es' !== strtolower( explode( '-', $lang )[0] ) ) {
		return $text;
	}
	static $spanish = null;
	if ( null === $spanish ) {
		$spanish = new \MO();
		$spanish->import_from_file( dirname( SAFETY_WIDGETS_FILE ) . '/languages/safety-widgets-es_ES.mo' );
	}
	return $spanish->translate( $text );
}

/**
 * ` name="value"` for each attribute that has a value; `true` gives a bare attribute.
 *
 * @param array<string, string|bool|null> $attributes
 */
function attributes( array $attributes ): string {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( is_string( $value ) && '' !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html;
}

/** Asks for safety-widgets.js on this page (in the head when asked early enough, else at the end of the page). */
function need_script(): void {
	wp_enqueue_script( HANDLE );
}

/** An attribute as a string, or null when it was not given. */
function given( array $atts, string $key ): ?string {
	if ( ! array_key_exists( $key, $atts ) || null === $atts[ $key ] || is_array( $atts[ $key ] ) ) {
		return null;
	}
	$value = is_bool( $atts[ $key ] ) ? ( $atts[ $key ] ? '1' : '' ) : trim( (string) $atts[ $key ] );
	return '' === $value ? null : $value;
}

/**
 * Whether a widget's settings may be taken as written: true only when the
 * author of the post it belongs to (not the person viewing or editing it) may
 * publish unfiltered HTML, so could write any quick exit or number by hand
 * anyway (administrators; Editors on a single site). Authors, Contributors,
 * posts with no author, and widgets drawn outside any post: false.
 *
 * @param mixed $post The post (or its id) the widget is in; null: the current post.
 */
function author_trusted( mixed $post = null ): bool {
	$post = get_post( $post );
	if ( ! $post instanceof \WP_Post ) {
		return false;
	}
	$author = (int) get_post_field( 'post_author', $post );
	return $author > 0 && user_can( $author, 'unfiltered_html' );
}

/** Whether the hotline data of a widget is the site's only: locked in the settings, and the post's author is not trusted. */
function lines_locked( mixed $post = null ): bool {
	return settings()['lock_lines'] && ! author_trusted( $post );
}

/** Whether a yes/no attribute is on (`dismissible`, `dismissible="true"`, a block's toggle). */
function is_on( array $atts, string $key ): bool {
	$value = $atts[ $key ] ?? null;
	if ( is_bool( $value ) ) {
		return $value;
	}
	return null !== $value && in_array( strtolower( trim( (string) $value ) ), array( '', '1', 'true', 'yes', 'on', $key ), true );
}

/** The language for a widget: its own `lang`, else the one fixed in the settings, else '' (the page's). */
function widget_language( array $atts ): string {
	$own = language( given( $atts, 'lang' ) ?? '' );
	return '' !== $own ? $own : settings()['language'];
}

/**
 * The lines a banner or checklist shows, for the content shown before the
 * widget is drawn: the organisation's own line, then the chosen hotlines.
 *
 * @param list<string>         $ids
 * @param array<string,string> $own name, phone, sms, sms-keyword, url, hours
 */
function fallback_lines( array $ids, array $own, string $emergency, string $lang ): string {
	$lines = array();
	if ( '' !== implode( '', array_map( 'strval', $own ) ) ) {
		$parts = array();
		$phone = parse_phone( $own['phone'] ?? '' );
		if ( null !== $phone ) {
			/* translators: %s: a phone number */
			$parts[] = '<a href="' . esc_url( $phone['href'], array( 'tel' ) ) . '">' . esc_html( sprintf( tr( 'Call %s', $lang ), $phone['display'] ) ) . '</a>';
		} elseif ( '' !== ( $own['phone'] ?? '' ) ) {
			$parts[] = esc_html( $own['phone'] );
		}
		$keyword = keyword( $own['sms-keyword'] ?? '' );
		$sms     = parse_sms( $own['sms'] ?? '', $keyword );
		if ( null !== $sms ) {
			$parts[] = '<a href="' . esc_url( $sms['href'], array( 'sms' ) ) . '">' . esc_html( text_phrase( $sms['display'], $keyword, $lang ) ) . '</a>';
		}
		[ $url ] = website( $own['url'] ?? '' );
		if ( null !== $url ) {
			$parts[] = '<a href="' . esc_url( $url, array( 'https' ) ) . '" rel="noreferrer">' . esc_html( tr( 'Website', $lang ) ) . '</a>';
		}
		if ( '' !== ( $own['hours'] ?? '' ) ) {
			$parts[] = esc_html( $own['hours'] );
		}
		$name    = '' !== ( $own['name'] ?? '' ) ? $own['name'] : tr( 'Local hotline', $lang );
		$lines[] = '<strong>' . esc_html( $name ) . '</strong>' . ( $parts ? ': ' . implode( ' · ', $parts ) : '' );
	}
	$directory = hotlines() + agencies();
	foreach ( $ids as $id ) {
		$line  = $directory[ $id ];
		$parts = array();
		foreach ( $line['calls'] as [ $shown, $href ] ) {
			$parts[] = '<a href="' . esc_url( $href, array( 'tel' ) ) . '">' . esc_html( sprintf( tr( 'Call %s', $lang ), $shown ) ) . '</a>';
		}
		if ( null !== $line['text'] ) {
			[ $number, $href, $word ] = $line['text'];
			$parts[]                  = '<a href="' . esc_url( $href, array( 'sms' ) ) . '">' . esc_html( text_phrase( $number, $word, $lang ) ) . '</a>';
		}
		$lines[] = '<strong>' . esc_html( tr( $line['name'], $lang ) ) . '</strong>: ' . implode( ' · ', $parts );
	}
	if ( 'none' !== strtolower( $emergency ) ) {
		$dial    = parse_phone( $emergency ) ?? parse_phone( '911' );
		$lines[] = esc_html( tr( 'In immediate danger?', $lang ) ) . ' <a href="' . esc_url( $dial['href'], array( 'tel' ) ) . '">' . esc_html( sprintf( tr( 'Call %s', $lang ), $dial['display'] ) ) . '</a>';
	}
	return implode( '<br>', $lines );
}

/** "Text HELP to 233733", or "Text 1-844-762-8483" when there is no word to send. */
function text_phrase( string $number, string $keyword, string $lang ): string {
	if ( '' === $keyword ) {
		/* translators: %s: a number that takes text messages */
		return sprintf( tr( 'Text %s', $lang ), $number );
	}
	/* translators: 1: a word to send, like HELP; 2: a number that takes text messages */
	return sprintf( tr( 'Text %1$s to %2$s', $lang ), $keyword, $number );
}

/** The hotlines for a widget: its own `hotlines` (`none` for none), else the settings'. @return list<string> */
function widget_hotlines( array $atts ): array {
	$own = given( $atts, 'hotlines' );
	if ( null === $own ) {
		return settings()['hotlines'];
	}
	return 'none' === strtolower( $own ) ? array() : hotline_list( $own );
}

/** The emergency number for a widget: its own if it is a number or `none`, else the settings'. */
function widget_emergency( array $atts, bool $locked = false ): string {
	$own = $locked ? null : emergency( given( $atts, 'emergency' ) ?? '' );
	return $own ?? settings()['emergency'];
}

/**
 * The organisation's own line for a banner or <know-your-rights>: the one
 * written on the widget if any of its attributes is (even empty), else the
 * one in the settings; with the lines locked, always the settings'. Each
 * value checked as the widgets read it.
 *
 * @param array<string, mixed> $atts
 * @return array{name: string, phone: string, sms: string, sms-keyword: string, url: string, hours: string}
 */
function own_line( array $atts, bool $locked ): array {
	$keys = array( 'name', 'phone', 'sms', 'sms-keyword', 'url', 'hours' );
	// Any of these written on the widget (even empty) means its own line replaces the one in the settings.
	$custom = $locked ? array() : array_filter( $keys, static fn ( $key ) => array_key_exists( $key, $atts ) && is_scalar( $atts[ $key ] ) );
	$stored = settings();
	$own    = array();
	foreach ( $keys as $key ) {
		$own[ $key ] = $custom ? ( given( $atts, $key ) ?? '' ) : (string) $stored[ 'own_' . str_replace( 'sms-keyword', 'keyword', $key ) ];
	}
	$own['name']        = plain_text( $own['name'] );
	$own['phone']       = plain_text( $own['phone'], 60 );
	$own['sms']         = null !== parse_sms( $own['sms'] ) ? plain_text( $own['sms'], 60 ) : '';
	$own['sms-keyword'] = keyword( $own['sms-keyword'] );
	$own['url']         = website( $own['url'] )[0] ?? '';
	$own['hours']       = plain_text( $own['hours'] );
	return $own;
}

/**
 * <hotline-banner>.
 *
 * With the lines locked (settings) and a post by someone without unfiltered_html,
 * only the hotlines from the directory are taken from the widget: its own line,
 * emergency number and screen-reader name are the site's, whatever it says.
 *
 * @param array<string, mixed> $atts hotlines, name, phone, sms, sms-keyword, url, hours, emergency, variant, dismissible, label, lang.
 * @param mixed                $post The post it is in (null: the current post).
 */
function banner( array $atts, mixed $post = null ): string {
	need_script();
	$locked    = lines_locked( $post );
	$own       = own_line( $atts, $locked );
	$ids       = widget_hotlines( $atts );
	$emergency = widget_emergency( $atts, $locked );
	$lang      = widget_language( $atts );
	$html      = '<hotline-banner' . attributes(
		array(
			'hotlines'    => implode( ' ', $ids ),
			'name'        => $own['name'],
			'phone'       => $own['phone'],
			'sms'         => $own['sms'],
			'sms-keyword' => $own['sms-keyword'],
			'url'         => $own['url'],
			'hours'       => $own['hours'],
			'emergency'   => $emergency,
			'variant'     => one_of( given( $atts, 'variant' ), array( 'bar', 'card', 'compact' ) ),
			'dismissible' => is_on( $atts, 'dismissible' ),
			'label'       => $locked ? '' : plain_text( given( $atts, 'label' ) ?? '' ),
			'lang'        => $lang,
		)
	);
	// hotlines="" (no line from the list) must be written out: without it the widget shows its default line.
	if ( array() === $ids ) {
		$html = str_replace( '<hotline-banner', '<hotline-banner hotlines=""', $html );
	}
	return $html . '>' . fallback_lines( $ids, $own, $emergency, $lang ) . '</hotline-banner>';
}

/**
 * <signs-checklist>.
 *
 * @param array<string, mixed> $atts perspective, categories, hotlines, emergency, heading-level, lang.
 * @param mixed                $post The post it is in (null: the current post).
 */
function checklist( array $atts, mixed $post = null ): string {
	need_script();
	$ids        = widget_hotlines( $atts );
	$emergency  = widget_emergency( $atts, lines_locked( $post ) );
	$lang       = widget_language( $atts );
	$categories = array_values( array_intersect( preg_split( '/[\s,]+/', strtolower( given( $atts, 'categories' ) ?? '' ), -1, PREG_SPLIT_NO_EMPTY ), sign_categories() ) );
	$level      = (int) ( given( $atts, 'heading-level' ) ?? 0 );
	$html       = '<signs-checklist' . attributes(
		array(
			'perspective'   => one_of( given( $atts, 'perspective' ), array( 'other', 'self' ) ),
			'categories'    => implode( ' ', $categories ),
			'hotlines'      => implode( ' ', $ids ),
			'emergency'     => $emergency,
			'heading-level' => $level >= 1 && $level <= 6 ? (string) $level : '',
			'lang'          => $lang,
		)
	);
	if ( array() === $ids ) {
		$html = str_replace( '<signs-checklist', '<signs-checklist hotlines=""', $html );
	}
	$intro = '<strong>' . esc_html( tr( 'Warning signs of human trafficking', $lang ) ) . '</strong><br>' . esc_html( tr( 'If you are worried about someone, or about yourself, you can talk to a hotline in confidence.', $lang ) );
	$lines = fallback_lines( $ids, array(), $emergency, $lang );
	return $html . '>' . $intro . ( '' === $lines ? '' : '<br>' . $lines ) . '</signs-checklist>';
}

/**
 * <know-your-rights>: topics, perspective, heading level, language, country,
 * and the organisation's own line (the same rule as the banner's: with the
 * lines locked and a post by someone without unfiltered_html, the settings'
 * line, whatever the widget says). Before the script draws it, or without
 * JavaScript: a sentence, the lines it shows (own line, the National Human
 * Trafficking Hotline, the Wage and Hour Division) and 911.
 *
 * @param array<string, mixed> $atts topics, perspective, heading-level, name, phone, sms, sms-keyword, url, hours, country, lang.
 * @param mixed                $post The post it is in (null: the current post).
 */
function rights( array $atts, mixed $post = null ): string {
	need_script();
	$own     = own_line( $atts, lines_locked( $post ) );
	$lang    = widget_language( $atts );
	$wanted  = preg_split( '/[\s,]+/', strtolower( given( $atts, 'topics' ) ?? '' ), -1, PREG_SPLIT_NO_EMPTY );
	$topics  = array_values( array_intersect( rights_topics(), $wanted ) );
	$level   = (int) ( given( $atts, 'heading-level' ) ?? 0 );
	$country = strtolower( given( $atts, 'country' ) ?? '' );
	// Only `us` is known; another country code is passed on (the widget then shows no facts, only the own line).
	$country = preg_match( '/^[a-z]{2}$/', $country ) ? $country : '';
	$html    = '<know-your-rights' . attributes(
		array(
			'topics'        => implode( ' ', $topics ),
			'perspective'   => one_of( given( $atts, 'perspective' ), array( 'self', 'other' ) ),
			'heading-level' => $level >= 1 && $level <= 6 ? (string) $level : '',
			'name'          => $own['name'],
			'phone'         => $own['phone'],
			'sms'           => $own['sms'],
			'sms-keyword'   => $own['sms-keyword'],
			'url'           => $own['url'],
			'hours'         => $own['hours'],
			'country'       => $country,
			'lang'          => $lang,
		)
	) . '>';
	if ( '' !== $country && 'us' !== $country ) {
		return $html . fallback_lines( array(), $own, 'none', $lang ) . '</know-your-rights>';
	}
	$intro = '<strong>' . esc_html( tr( 'Know your rights', $lang ) ) . '</strong><br>' . esc_html( tr( 'Everyone who works in the United States has rights, whatever their immigration status. You can talk to a hotline in confidence.', $lang ) );
	return $html . $intro . '<br>' . fallback_lines( array( 'us-trafficking', 'us-wage-hour' ), $own, '911', $lang ) . '</know-your-rights>';
}

/**
 * Where a quick exit really goes, stands, and which shortcut it takes.
 *
 * The site-wide exit: as the settings say. Any other exit, while the site-wide
 * one is on: in the flow of the page, never on the site-wide exit's shortcut;
 * and unless the post's author may publish unfiltered HTML, to the site's
 * destination (its own address is not used) with no shortcut at all. While the
 * site-wide exit is off, an exit by an author without unfiltered_html still
 * goes to the site's destination; it may stand fixed and take a shortcut, as
 * it is then the page's only exit and leads where the administrator chose.
 *
 * @param array<string, mixed> $atts href, shortcut, placement.
 * @return array{href: string, shortcut: string, placement: string, trusted: bool, own_href: bool}
 */
function exit_plan( array $atts, bool $site, mixed $post = null ): array {
	$stored  = settings();
	$trusted = $site || author_trusted( $post );
	$given   = given( $atts, 'href' );
	$own     = $trusted && null !== $given ? destination( $given )[0] : null;
	$plan    = array(
		'href'      => $own ?? $stored['exit_href'],
		'shortcut'  => one_of( given( $atts, 'shortcut' ), shortcuts(), $stored['exit_shortcut'] ),
		'placement' => one_of( given( $atts, 'placement' ), placements(), $stored['exit'] ? 'inline' : $stored['exit_placement'] ),
		'trusted'   => $trusted,
		'own_href'  => null !== $own,
	);
	if ( $site || ! $stored['exit'] ) {
		return $plan;
	}
	if ( ! $trusted ) {
		$plan['placement'] = 'inline';
		$plan['shortcut']  = 'none';
	} elseif ( $plan['shortcut'] === $stored['exit_shortcut'] ) {
		$plan['shortcut'] = 'none';
	}
	return $plan;
}

/**
 * <quick-exit>, with a plain link inside that works before the script, or without it.
 * In the editor's preview: a button in its place that no key press can set off,
 * and under it, in words, where it goes and where it stands on the page.
 *
 * @param array<string, mixed> $atts href, shortcut, placement, label, lang.
 * @param mixed                $post The post it is in (null: the current post).
 */
function quick_exit( array $atts, bool $preview = false, mixed $post = null, bool $site = false ): string {
	need_script();
	$plan      = exit_plan( $atts, $site, $post );
	$href      = $plan['href'];
	$lang      = widget_language( $atts );
	$label     = plain_text( given( $atts, 'label' ) ?? '' );
	$shortcut  = $preview ? 'none' : $plan['shortcut'];
	$placement = $preview ? 'inline' : $plan['placement'];
	$html      = '<quick-exit' . attributes(
		array(
			'href'      => $href,
			'shortcut'  => $shortcut,
			'placement' => $placement,
			'label'     => $label,
			'lang'      => $lang,
			'class'     => $site ? 'safety-widgets-site-exit' : '',
		)
	) . '><a href="' . esc_url( $href, array( 'https', 'http' ) ) . '" rel="noreferrer">' . esc_html( '' !== $label ? $label : tr( 'Exit this site', $lang ) ) . '</a></quick-exit>';
	return $preview ? $html . exit_note( $plan, null !== given( $atts, 'href' ) ) : $html;
}

/**
 * For the editor: where an exit goes (its host, in full view) and where it stands, in words.
 *
 * @param array{href: string, shortcut: string, placement: string, trusted: bool, own_href: bool} $plan
 */
function exit_note( array $plan, bool $href_given ): string {
	$parts = wp_parse_url( $plan['href'] );
	$host  = ( $parts['host'] ?? '' ) . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
	$where = array(
		'top'    => __( 'fixed at the top of the screen', 'safety-widgets' ),
		'bottom' => __( 'fixed at the bottom of the screen', 'safety-widgets' ),
		'inline' => __( 'here, in the page', 'safety-widgets' ),
	);
	$keys  = array(
		'shift'  => __( 'Shift pressed three times also sets it off.', 'safety-widgets' ),
		'escape' => __( 'Escape pressed twice also sets it off.', 'safety-widgets' ),
		'none'   => __( 'No key sets it off.', 'safety-widgets' ),
	);
	/* translators: 1: a host name, like www.google.com; 2: where the button stands, like "here, in the page" */
	$text = sprintf( esc_html__( 'On the page this button goes to %1$s and stands %2$s.', 'safety-widgets' ), '<strong>' . esc_html( $host ) . '</strong>', esc_html( $where[ $plan['placement'] ] ) ) . ' ' . esc_html( $keys[ $plan['shortcut'] ] );
	if ( ! $plan['trusted'] && settings()['exit'] ) {
		$text .= ' ' . esc_html__( 'This post’s author cannot publish unfiltered HTML, so the button takes the address of the site-wide quick exit, stays in the page and has no shortcut, whatever is set here.', 'safety-widgets' );
	} elseif ( ! $plan['trusted'] && $href_given ) {
		$text .= ' ' . esc_html__( 'This post’s author cannot publish unfiltered HTML, so the button takes the address set in Settings → Safety widgets, whatever is set here.', 'safety-widgets' );
	}
	return '<p class="safety-widgets-exit-note" title="' . esc_attr( $plan['href'] ) . '">' . $text . '</p>';
}

/** The site-wide exit, as the settings say. */
function site_exit(): string {
	$stored = settings();
	return quick_exit(
		array(
			'href'      => $stored['exit_href'],
			'shortcut'  => $stored['exit_shortcut'],
			'placement' => $stored['exit_placement'],
		),
		false,
		null,
		true
	);
}
