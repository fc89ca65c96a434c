/*
 * Draws the steering charts (bars) from the figures in each canvas' data-chart attribute (JSON written by
 * SteeringPages): labels, and series naming their measure and scheme. A series' label is the canvas'
 * data-label-<measure>, followed by its scheme. The same figures are in a table next to each chart.
 */
(function () {
  'use strict';

  /* Colours above 3:1 against white, told apart by the legend and the tooltips too. */
  var COLOURS = ['#000091', '#b34000', '#18753c', '#6a6af4', '#a94645', '#3a3a3a', '#716043', '#009081'];

  /* When each scheme has several measures: one hue per scheme, dark then light per measure. */
  var PAIRS = [['#000091', '#8585f6'], ['#b34000', '#fc5d00'], ['#18753c', '#27a658']];

  function colours(series) {
    var groups = [];
    var measures = [];
    series.forEach(function (one) {
      if (groups.indexOf(one.group) < 0) {
        groups.push(one.group);
      }
      if (measures.indexOf(one.measure) < 0) {
        measures.push(one.measure);
      }
    });
    var paired = groups.length > 1 && measures.length === 2 && groups.length <= PAIRS.length;
    return series.map(function (one, index) {
      return paired ? PAIRS[groups.indexOf(one.group)][measures.indexOf(one.measure)]
        : COLOURS[index % COLOURS.length];
    });
  }

  function label(canvas, series) {
    var measure = series.measure.replace(/(^|-)([a-z0-9])/g, function (all, dash, letter) {
      return letter.toUpperCase();
    });
    var text = canvas.dataset['label' + measure] || series.measure;
    return series.group ? text + ' – ' + series.group : text;
  }

  function draw(canvas) {
    try {
      var chart = JSON.parse(canvas.dataset.chart);
      var unit = canvas.dataset.unit || '';
      var valueAxis = chart.horizontal ? 'x' : 'y';
      var scales = {};
      scales[valueAxis] = {
        beginAtZero: true,
        stacked: chart.stacked,
        ticks: {
          precision: unit ? undefined : 0,
          callback: function (value) {
            return Number(value).toLocaleString('fr-FR') + (unit ? ' ' + unit : '');
          }
        }
      };
      scales[chart.horizontal ? 'y' : 'x'] = { stacked: chart.stacked };
      if (chart.horizontal) {
        /* as tall as its bars: a few communes make a short chart, many a long one */
        canvas.parentNode.style.height = Math.max(10, 5 + 2.5 * chart.labels.length) + 'rem';
      }
      var colour = colours(chart.series);
      new Chart(canvas, {
        type: 'bar',
        data: {
          labels: chart.labels,
          datasets: chart.series.map(function (series, index) {
            return {
              label: label(canvas, series),
              data: series.values.map(function (value) { return value === null ? null : Number(value); }),
              backgroundColor: colour[index],
              borderColor: colour[index],
              maxBarThickness: 48
            };
          })
        },
        options: {
          indexAxis: chart.horizontal ? 'y' : 'x',
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: scales,
          plugins: {
            tooltip: {
              callbacks: {
                label: function (context) {
                  var value = chart.horizontal ? context.parsed.x : context.parsed.y;
                  return context.dataset.label + ' : ' + value.toLocaleString('fr-FR') + (unit ? ' ' + unit : '');
                }
              }
            }
          }
        }
      });
      canvas.dataset.drawn = 'true';
    }
    catch (failure) {
      canvas.dataset.drawn = 'failed';
    }
  }

  function start() {
    if (typeof Chart === 'undefined') {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart]'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
}());
