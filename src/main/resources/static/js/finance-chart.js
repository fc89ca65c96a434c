/* Draws each envelope's chart (allocated, engaged, paid, available over time) from its JSON series. */
(function () {
  'use strict';

  var COLOURS = {
    allocated: '#000091',
    engaged: '#b34000',
    paid: '#18753c',
    available: '#3a3a3a'
  };

  function draw(canvas) {
    fetch(canvas.dataset.seriesUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (series) {
        var points = series.points || [];
        var datasets = ['allocated', 'engaged', 'paid', 'available'].map(function (figure) {
          return {
            label: canvas.dataset['label' + figure.charAt(0).toUpperCase() + figure.slice(1)],
            data: points.map(function (point) { return Number(point[figure]); }),
            borderColor: COLOURS[figure],
            backgroundColor: COLOURS[figure],
            borderDash: figure === 'available' ? [6, 4] : [],
            stepped: true,
            pointRadius: points.length > 60 ? 0 : 3,
            tension: 0
          };
        });
        new Chart(canvas, {
          type: 'line',
          data: {
            labels: points.map(function (point) { return point.date + ' (' + point.number + ')'; }),
            datasets: datasets
          },
          options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            interaction: { mode: 'index', intersect: false },
            scales: {
              y: {
                beginAtZero: true,
                ticks: {
                  callback: function (value) {
                    return Number(value).toLocaleString('fr-FR') + ' €';
                  }
                }
              }
            },
            plugins: {
              tooltip: {
                callbacks: {
                  title: function (items) {
                    var point = points[items[0].dataIndex];
                    return point.date + ' – n° ' + point.number + ' : ' + point.kind;
                  },
                  label: function (context) {
                    return context.dataset.label + ' : ' + context.parsed.y.toLocaleString('fr-FR',
                      { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + ' €';
                  }
                }
              }
            }
          }
        });
        canvas.dataset.drawn = 'true';
      })
      .catch(function () {
        canvas.dataset.drawn = 'failed';
      });
  }

  function start() {
    if (typeof Chart === 'undefined') {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('canvas[data-series-url]'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
}());
