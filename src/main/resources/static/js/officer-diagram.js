/*
 * The officer's dossier page: draws the BPMN diagram of the dossier's process with bpmn-js (navigated viewer) and
 * highlights the current step (class current-step, styled in guichet.css); the figure's caption names the current
 * step(s) in words, for those who do not see the diagram. Data: <div class="diagram" data-process-url="...">, whose
 * JSON answer is {xml, activeActivityIds, activeActivityNames}.
 */
(function () {
  'use strict';

  function caption(figure, text) {
    var element = figure && figure.querySelector('.diagram-current');
    if (element) {
      element.textContent = text;
    }
  }

  function draw(container) {
    var figure = container.closest('figure');
    var captionElement = figure && figure.querySelector('.diagram-current');
    var messages = captionElement ? captionElement.dataset : {};
    fetch(container.dataset.processUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (process) {
        var viewer = new window.BpmnJS({ container: container });
        return viewer.importXML(process.xml).then(function () {
          var canvas = viewer.get('canvas');
          canvas.zoom('fit-viewport');
          (process.activeActivityIds || []).forEach(function (id) {
            try {
              canvas.addMarker(id, 'current-step');
            } catch (e) {
              // an activity that is not drawn (inside a collapsed sub-process) keeps its name in the caption
            }
          });
          var names = process.activeActivityNames || [];
          caption(figure, names.length ? (messages.label || '{0}').replace('{0}', names.join(', ')) : messages.none);
          container.dataset.ready = 'true';
        });
      })
      .catch(function () {
        caption(figure, messages.error);
        container.dataset.ready = 'error';
      });
  }

  function start() {
    if (typeof window.BpmnJS === 'undefined') {
      return;
    }
    document.querySelectorAll('.diagram[data-process-url]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
