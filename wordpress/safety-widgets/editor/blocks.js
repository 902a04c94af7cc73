/**
 * The editor side of the four blocks: settings in the sidebar, and a preview
 * that is the real widget, drawn by the server (the same code as on the page)
 * and brought to life by safety-widgets.js, which the editor loads. Plain
 * script over WordPress's own packages: no build step.
 *
 * The block's title, description, icon and attributes come from PHP
 * (register_block_type), in the site's language; the words here too
 * (window.safetyWidgetsEditor).
 */
(function (wp, config) {
  'use strict';
  if (!wp || !wp.blocks || !config) return;
  var el = wp.element.createElement;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var components = wp.components;
  var ServerSideRender = wp.serverSideRender;
  var words = config.words;

  /** A text box; empty means "as in the settings" (the attribute is removed). */
  function text(props, key, label, help) {
    return el(components.TextControl, {
      key: key,
      label: label,
      help: help,
      value: props.attributes[key] || '',
      onChange: function (value) {
        var change = {};
        change[key] = value === '' ? undefined : value;
        props.setAttributes(change);
      },
    });
  }

  /** A drop-down whose first choice is "as in the settings". */
  function choice(props, key, label, values) {
    return el(components.SelectControl, {
      key: key,
      label: label,
      value: props.attributes[key] || '',
      options: [{ value: '', label: words.fromSettings }].concat(values),
      onChange: function (value) {
        var change = {};
        change[key] = value === '' ? undefined : value;
        props.setAttributes(change);
      },
    });
  }

  function options(keys) {
    return keys.map(function (key) {
      return { value: key, label: words[key] };
    });
  }

  /** One tick box per built-in hotline; none ticked writes "none". */
  function hotlines(props) {
    var current = props.attributes.hotlines;
    var chosen = current === undefined ? config.defaultHotlines.slice() : current === 'none' ? [] : current.split(/\s+/).filter(Boolean);
    return el(
      'fieldset',
      { key: 'hotlines', className: 'safety-widgets-hotlines' },
      el('legend', null, words.hotlines),
      config.hotlines.map(function (line) {
        return el(components.CheckboxControl, {
          key: line.value,
          label: line.label,
          checked: chosen.indexOf(line.value) !== -1,
          onChange: function (on) {
            var next = config.hotlines
              .map(function (l) {
                return l.value;
              })
              .filter(function (id) {
                return id === line.value ? on : chosen.indexOf(id) !== -1;
              });
            props.setAttributes({ hotlines: next.length ? next.join(' ') : 'none' });
          },
        });
      }),
    );
  }

  /**
   * The preview: the server's HTML for the block, made inert (no focus, no
   * clicks), and a click inside it never reaches a quick exit's button: in the
   * editor, the exit must not take the author away from unsaved work.
   */
  function preview(name, attributes) {
    // The post's id, so the server draws the block as it will be on the page (its author's rights).
    var postId = null;
    try {
      var editor = wp.data && wp.data.select('core/editor');
      postId = editor && editor.getCurrentPostId ? editor.getCurrentPostId() : null;
    } catch {
      // Not a post's editor (widgets, site editor): drawn as for a post by someone without unfiltered_html.
    }
    return el(
      'div',
      {
        className: 'safety-widgets-preview',
        onClickCapture: function (event) {
          event.preventDefault();
          event.stopPropagation();
        },
      },
      el(components.Disabled, null, el(ServerSideRender, { block: name, attributes: attributes, urlQueryArgs: postId ? { post_id: postId } : {} })),
    );
  }

  function block(name, panel) {
    wp.blocks.registerBlockType(name, {
      edit: function (props) {
        return el(
          'div',
          useBlockProps(),
          el(InspectorControls, null, el(components.PanelBody, { title: words.settings, initialOpen: true }, panel(props))),
          preview(name, props.attributes),
        );
      },
      save: function () {
        return null;
      },
    });
  }

  var languages = [{ value: 'en', label: 'English' }].concat(
    config.languages.filter(function (l) {
      return l.value !== 'en';
    }),
  );

  block('safety-widgets/hotline-banner', function (props) {
    if (config.linesLocked) {
      return [
        el('p', { key: 'locked' }, words.linesLocked),
        hotlines(props),
        choice(props, 'variant', words.variant, options(['bar', 'card', 'compact'])),
        el(components.ToggleControl, {
          key: 'dismissible',
          label: words.dismissible,
          checked: !!props.attributes.dismissible,
          onChange: function (on) {
            props.setAttributes({ dismissible: on });
          },
        }),
        choice(props, 'lang', words.lang, languages),
      ];
    }
    return [
      hotlines(props),
      el('p', { key: 'own' }, el('strong', null, words.ownLine)),
      text(props, 'name', words.name, words.emptyHelp),
      text(props, 'phone', words.phone),
      text(props, 'sms', words.sms),
      text(props, 'smsKeyword', words.smsKeyword),
      text(props, 'url', words.url),
      text(props, 'hours', words.hours),
      text(props, 'emergency', words.emergency, words.emptyHelp),
      choice(props, 'variant', words.variant, options(['bar', 'card', 'compact'])),
      el(components.ToggleControl, {
        key: 'dismissible',
        label: words.dismissible,
        checked: !!props.attributes.dismissible,
        onChange: function (on) {
          props.setAttributes({ dismissible: on });
        },
      }),
      text(props, 'label', words.label),
      choice(props, 'lang', words.lang, languages),
    ];
  });

  block('safety-widgets/signs-checklist', function (props) {
    return [
      choice(props, 'perspective', words.perspective, options(['other', 'self'])),
      text(props, 'categories', words.categories, words.categoriesHelp),
      hotlines(props),
      text(props, 'emergency', words.emergency, words.emptyHelp),
      choice(props, 'headingLevel', words.headingLevel, ['1', '2', '3', '4', '5', '6'].map(function (n) {
        return { value: n, label: 'H' + n };
      })),
      choice(props, 'lang', words.lang, languages),
    ];
  });

  /** One tick box per topic; none ticked (or all) removes the attribute: the widget shows all four. */
  var topicIds = ['work', 'documents', 'immigration', 'safety'];
  var topicWords = { work: 'topicWork', documents: 'topicDocuments', immigration: 'topicImmigration', safety: 'topicSafety' };
  function topics(props) {
    var current = props.attributes.topics;
    var chosen = current === undefined ? topicIds.slice() : current.split(/\s+/).filter(Boolean);
    return el(
      'fieldset',
      { key: 'topics', className: 'safety-widgets-topics' },
      el('legend', null, words.topics),
      topicIds.map(function (id) {
        return el(components.CheckboxControl, {
          key: id,
          label: words[topicWords[id]],
          checked: chosen.indexOf(id) !== -1,
          onChange: function (on) {
            var next = topicIds.filter(function (t) {
              return t === id ? on : chosen.indexOf(t) !== -1;
            });
            props.setAttributes({ topics: next.length && next.length < topicIds.length ? next.join(' ') : undefined });
          },
        });
      }),
    );
  }

  block('safety-widgets/know-your-rights', function (props) {
    var common = [
      topics(props),
      choice(props, 'perspective', words.rightsPerspective, [
        { value: 'self', label: words.rightsSelf },
        { value: 'other', label: words.rightsOther },
      ]),
      choice(props, 'headingLevel', words.rightsLevel, ['1', '2', '3', '4', '5', '6'].map(function (n) {
        return { value: n, label: 'H' + n };
      })),
    ];
    if (config.linesLocked) {
      return [el('p', { key: 'locked' }, words.rightsLocked)].concat(common, [choice(props, 'lang', words.lang, languages)]);
    }
    return common.concat([
      el('p', { key: 'own' }, el('strong', null, words.ownLine)),
      text(props, 'name', words.name, words.emptyHelp),
      text(props, 'phone', words.phone),
      text(props, 'sms', words.sms),
      text(props, 'smsKeyword', words.smsKeyword),
      text(props, 'url', words.url),
      text(props, 'hours', words.hours),
      choice(props, 'lang', words.lang, languages),
    ]);
  });

  block('safety-widgets/quick-exit', function (props) {
    if (config.exitFixed) {
      return [
        el('p', { key: 'note' }, words.previewNote),
        el('p', { key: 'fixed' }, words.exitFixed),
        text(props, 'label', words.buttonText),
        choice(props, 'lang', words.lang, languages),
      ];
    }
    return [
      el('p', { key: 'note' }, words.previewNote),
      text(props, 'href', words.href, words.emptyHelp),
      choice(props, 'placement', words.placement, options(['top', 'bottom', 'inline'])),
      choice(props, 'shortcut', words.shortcut, options(['shift', 'escape', 'none'])),
      text(props, 'label', words.buttonText),
      choice(props, 'lang', words.lang, languages),
    ];
  });

})(window.wp, window.safetyWidgetsEditor);
