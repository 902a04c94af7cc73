<?php
/**
 * The widgets' built-in hotlines, as far as the plugin needs them: their ids
 * (for the settings and for checking attributes) and, for the content shown
 * before the script has drawn a widget (or without JavaScript), each line's
 * name, numbers and text number. The widgets themselves draw from their own
 * directory (src/hotlines/directory.ts); a test checks that
 * these numbers are the ones the widgets link to.
 *
 * @package SafetyWidgets
 */

namespace SafetyWidgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Every built-in hotline, in the widgets' order.
 *
 * Each: 'name' (English; shown through tr() in the widget's language), 'calls'
 * (list of [shown, tel: link]), 'text' ([number shown, sms: link, keyword] or null).
 *
 * @return array<string, array{name: string, calls: list<array{0: string, 1: string}>, text: array{0: string, 1: string, 2: string}|null}>
 */
function hotlines(): array {
	return array(
		'us-trafficking'       => array(
			'name'  => noop( 'National Human Trafficking Hotline' ),
			'calls' => array( array( '1-888-373-7888', 'tel:+18883737888' ) ),
			'text'  => array( '233733', 'sms:233733?&body=HELP', 'HELP' ),
		),
		'us-domestic-violence' => array(
			'name'  => noop( 'National Domestic Violence Hotline' ),
			'calls' => array( array( '1-800-799-7233', 'tel:+18007997233' ) ),
			'text'  => array( '88788', 'sms:88788?&body=START', 'START' ),
		),
		'us-sexual-assault'    => array(
			'name'  => noop( 'National Sexual Assault Hotline (RAINN)' ),
			'calls' => array( array( '1-800-656-4673', 'tel:+18006564673' ) ),
			'text'  => null,
		),
		'us-988'               => array(
			'name'  => noop( '988 Suicide & Crisis Lifeline' ),
			'calls' => array( array( '988', 'tel:988' ) ),
			'text'  => array( '988', 'sms:988', '' ),
		),
		'us-ct-alliance'       => array(
			'name'  => noop( 'Connecticut Alliance to End Sexual Violence' ),
			'calls' => array( array( '1-888-999-5545', 'tel:+18889995545' ), array( '1-888-568-8332', 'tel:+18885688332' ) ),
			'text'  => null,
		),
		'us-native'            => array(
			'name'  => noop( 'StrongHearts Native Helpline' ),
			'calls' => array( array( '1-844-762-8483', 'tel:+18447628483' ) ),
			'text'  => array( '1-844-762-8483', 'sms:+18447628483', '' ),
		),
		'us-child-abuse'       => array(
			'name'  => noop( 'Childhelp National Child Abuse Hotline' ),
			'calls' => array( array( '1-800-422-4453', 'tel:+18004224453' ) ),
			'text'  => array( '1-800-422-4453', 'sms:+18004224453', '' ),
		),
		'ca-trafficking'       => array(
			'name'  => noop( 'Canadian Human Trafficking Hotline' ),
			'calls' => array( array( '1-833-900-1010', 'tel:+18339001010' ) ),
			'text'  => null,
		),
		'uk-modern-slavery'    => array(
			'name'  => noop( 'Modern Slavery & Exploitation Helpline (UK)' ),
			'calls' => array( array( '08000 121 700', 'tel:+448000121700' ) ),
			'text'  => null,
		),
	);
}

/** The ids of the built-in hotlines, in order. @return list<string> */
function hotline_ids(): array {
	return array(
		'us-trafficking',
		'us-domestic-violence',
		'us-sexual-assault',
		'us-988',
		'us-ct-alliance',
		'us-native',
		'us-child-abuse',
		'ca-trafficking',
		'uk-modern-slavery',
	);
}

/**
 * Government help lines <know-your-rights> shows after the hotline (the
 * widgets' `agencies`, not in the banner's list), in the same shape as hotlines().
 *
 * @return array<string, array{name: string, calls: list<array{0: string, 1: string}>, text: null}>
 */
function agencies(): array {
	return array(
		'us-wage-hour' => array(
			'name'  => noop( 'Wage and Hour Division, U.S. Department of Labor' ),
			'calls' => array( array( '1-866-487-9243', 'tel:+18664879243' ) ),
			'text'  => null,
		),
	);
}

/** <know-your-rights>'s topics, in the order it always shows them. @return list<string> */
function rights_topics(): array {
	return array( 'work', 'documents', 'immigration', 'safety' );
}

/** The checklist's groups of signs. @return list<string> */
function sign_categories(): array {
	return array( 'behavior', 'physical', 'living', 'work', 'control' );
}
