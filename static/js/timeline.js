// The timeline beside a run's console: one lane per task of the program's event loop (or per
// thread the thread scheduler runs), drawn
// from the trace items htmx appends to the console (their data-* attributes), and a replay of
// output and timeline together at the pace of the loop's clock. Times are virtual seconds:
// a 2-second sleep costs no real time when the program runs, but the replay makes it felt.
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var LANE_HEIGHT = 22;
  var LANE_GAP = 8;
  var GUTTER = 120;
  var AXIS_HEIGHT = 24;

  // A thread's lane uses the same states: `lock` and `wait` are sync, `join` waits for another.
  var WAITING_STATES = { timer: 'timer', sleep: 'timer', yield: 'ready', ready: 'ready', task: 'task', future: 'task',
    gather: 'task', executor: 'task', shield: 'task', join: 'task' };

  function stateOf(waitingOn) {
    return WAITING_STATES[waitingOn] || 'sync';
  }

  function seconds(micros) {
    return (micros / 1e6).toFixed(3) + ' s';
  }

  // Builds lanes (segments and markers per task) from the trace items, in order.
  function modelOf(items) {
    var lanes = new Map();
    var end = 0;
    function lane(item) {
      var id = item.task;
      if (!lanes.has(id)) {
        lanes.set(id, { id: id, name: item.taskName || (id === 0 ? 'event loop' : 'task ' + id), segments: [],
          markers: [], open: null });
      }
      return lanes.get(id);
    }
    function close(l, t) {
      if (l.open) {
        l.segments.push({ state: l.open.state, from: l.open.from, to: t, detail: l.open.detail });
        l.open = null;
      }
    }
    function open(l, state, t, detail) {
      close(l, t);
      l.open = { state: state, from: t, detail: detail };
    }
    items.forEach(function (item) {
      var t = item.virtualMicros;
      if (item.kind === 'truncated' || t < 0) {
        return;
      }
      end = Math.max(end, t + item.spanMicros);
      if (item.kind === 'timer_armed' || item.kind === 'timer_fired' || item.kind === 'slow_callback') {
        return; // told in the narration; the lanes show the tasks
      }
      var l = lane(item);
      switch (item.kind) {
        case 'created': open(l, 'ready', t, 'created, waiting for its first turn'); break;
        case 'started': case 'resumed': open(l, 'running', t, item.kind); break;
        case 'suspended': open(l, stateOf(item.waitingOn), t, 'waits for ' + item.waitingOn +
          (item.detail ? ' (' + item.detail + ')' : '')); break;
        case 'finished': case 'failed': case 'cancelled':
          close(l, t);
          l.markers.push({ kind: item.kind, at: t, detail: item.kind + (item.detail ? ': ' + item.detail : '') });
          break;
        case 'loop_blocked':
          close(l, t);
          l.segments.push({ state: 'blocked', from: t, to: t + item.spanMicros,
            detail: 'blocks the whole loop' + (item.detail ? ' (' + item.detail + ')' : '') });
          l.open = { state: 'running', from: t + item.spanMicros, detail: 'running' };
          break;
        case 'output': l.markers.push({ kind: 'output', at: t, detail: 'prints “' + item.detail + '”' }); break;
        default: break;
      }
    });
    lanes.forEach(function (l) { close(l, end); });
    return { lanes: Array.from(lanes.values()).sort(function (a, b) { return a.id - b.id; }), end: end };
  }

  function element(name, attributes) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    return node;
  }

  function niceStep(totalSeconds) {
    var steps = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 60];
    for (var i = 0; i < steps.length; i++) {
      if (totalSeconds / steps[i] <= 6) {
        return steps[i];
      }
    }
    return 120;
  }

  // Draws the lanes up to `until` (virtual micros): the replay grows the picture as it plays.
  function draw(timeline, model, until) {
    var host = timeline.querySelector('.timeline-lanes');
    var detail = timeline.querySelector('.timeline-detail');
    var width = Math.max(host.clientWidth || 640, 320);
    var span = Math.max(model.end, 1);
    var plot = width - GUTTER - 12;
    var x = function (micros) { return GUTTER + (Math.min(micros, until) / span) * plot; };
    var height = model.lanes.length * (LANE_HEIGHT + LANE_GAP) + AXIS_HEIGHT;
    var svg = element('svg', { width: width, height: height, viewBox: '0 0 ' + width + ' ' + height,
      class: 'timeline-svg' });
    function describe(node, text) {
      node.setAttribute('tabindex', '0');
      node.setAttribute('aria-label', text);
      var title = element('title', {});
      title.textContent = text;
      node.appendChild(title);
      var show = function () { detail.textContent = text; };
      node.addEventListener('mouseenter', show);
      node.addEventListener('focus', show);
    }
    model.lanes.forEach(function (lane, index) {
      var top = index * (LANE_HEIGHT + LANE_GAP);
      var label = element('text', { x: 4, y: top + LANE_HEIGHT * 0.7, class: 'lane-label' });
      label.textContent = lane.name;
      svg.appendChild(label);
      svg.appendChild(element('line', { x1: GUTTER, x2: GUTTER + plot, y1: top + LANE_HEIGHT / 2,
        y2: top + LANE_HEIGHT / 2, class: 'lane-axis' }));
      lane.segments.forEach(function (segment) {
        if (segment.from > until) {
          return;
        }
        var left = x(segment.from);
        var rect = element('rect', { x: left, y: top + 3, width: Math.max(x(segment.to) - left, 2),
          height: LANE_HEIGHT - 6, class: 'segment state-' + segment.state });
        describe(rect, lane.name + ', ' + seconds(segment.from) + ' to ' + seconds(segment.to) + ': ' +
          segment.detail);
        svg.appendChild(rect);
      });
      lane.markers.forEach(function (marker) {
        if (marker.at > until) {
          return;
        }
        var dot = element('circle', { cx: x(marker.at), cy: top + LANE_HEIGHT / 2,
          r: marker.kind === 'output' ? 3 : 5, class: 'marker marker-' + marker.kind });
        describe(dot, lane.name + ', ' + seconds(marker.at) + ': ' + marker.detail);
        svg.appendChild(dot);
      });
    });
    var axisTop = model.lanes.length * (LANE_HEIGHT + LANE_GAP);
    var step = niceStep(span / 1e6);
    for (var tick = 0; tick <= span / 1e6 + 1e-9; tick += step) {
      var tx = GUTTER + (tick * 1e6 / span) * plot;
      svg.appendChild(element('line', { x1: tx, x2: tx, y1: axisTop, y2: axisTop + 5, class: 'tick' }));
      var text = element('text', { x: tx, y: axisTop + 18, class: 'tick-label' });
      text.textContent = String(Math.round(tick * 1000) / 1000);
      svg.appendChild(text);
    }
    if (until < model.end) {
      var px = x(until);
      svg.appendChild(element('line', { x1: px, x2: px, y1: 0, y2: axisTop, class: 'playhead' }));
    }
    host.replaceChildren(svg);
  }

  function itemsOf(timeline) {
    return Array.from(timeline.querySelectorAll('.trace .trace-event')).map(function (li) {
      return { node: li, kind: li.dataset.kind, task: Number(li.dataset.task), taskName: li.dataset.taskName,
        waitingOn: li.dataset.waitingOn, detail: li.dataset.detail,
        virtualMicros: Number(li.dataset.virtualMicros), spanMicros: Number(li.dataset.spanMicros) };
    });
  }

  var pending = new Set();
  function redrawSoon(timeline) {
    if (pending.has(timeline)) {
      return;
    }
    pending.add(timeline);
    requestAnimationFrame(function () {
      pending.delete(timeline);
      refresh(timeline);
    });
  }

  function refresh(timeline) {
    var items = itemsOf(timeline);
    if (items.length === 0) {
      return;
    }
    timeline.hidden = false;
    var model = modelOf(items);
    timeline.looplabModel = model;
    var scrub = timeline.querySelector('.timeline-scrub');
    scrub.max = String(Math.round(model.end / 1000));
    if (!timeline.looplabReplay) {
      scrub.value = scrub.max;
      timeline.querySelector('.timeline-clock').textContent = seconds(model.end);
      draw(timeline, model, Infinity);
    }
  }

  // The replay: output lines and trace items appear when the loop's clock reaches them.
  function outputTimes(timeline) {
    var runConsole = timeline.closest('.console');
    var lines = Array.from(runConsole.querySelectorAll('.lines li.line:not(.diagnostic)'));
    var outputs = itemsOf(timeline).filter(function (item) { return item.kind === 'output'; });
    return lines.map(function (line, index) {
      return { node: line, at: index < outputs.length ? outputs[index].virtualMicros : 0 };
    });
  }

  // What a replay shows and hides, read from the page once rather than on every frame.
  function sceneOf(timeline) {
    return { items: itemsOf(timeline), lines: outputTimes(timeline) };
  }

  function show(timeline, until, scene) {
    var model = timeline.looplabModel;
    var shown = scene || sceneOf(timeline);
    shown.items.forEach(function (item) {
      item.node.hidden = item.virtualMicros > until;
    });
    shown.lines.forEach(function (line) {
      line.node.classList.toggle('is-future', line.at > until);
    });
    timeline.querySelector('.timeline-scrub').value = String(Math.round(Math.min(until, model.end) / 1000));
    timeline.querySelector('.timeline-clock').textContent = seconds(Math.min(until, model.end));
    draw(timeline, model, until);
  }

  function stop(timeline) {
    var replay = timeline.looplabReplay;
    if (replay) {
      cancelAnimationFrame(replay.frame);
      timeline.looplabReplay = null;
    }
    timeline.querySelector('.timeline-play').textContent = 'Replay';
  }

  function play(timeline, from) {
    stop(timeline);
    var model = timeline.looplabModel;
    var speed = Number(timeline.querySelector('.timeline-speed').value) || 1;
    var replay = { position: from >= model.end ? 0 : from, last: performance.now(), frame: 0,
      scene: sceneOf(timeline) };
    timeline.looplabReplay = replay;
    timeline.querySelector('.timeline-play').textContent = 'Pause';
    function tick(now) {
      replay.position += (now - replay.last) * 1000 * speed;
      replay.last = now;
      speed = Number(timeline.querySelector('.timeline-speed').value) || 1;
      show(timeline, replay.position, replay.scene);
      if (replay.position >= model.end) {
        stop(timeline);
        show(timeline, Infinity);
        return;
      }
      replay.frame = requestAnimationFrame(tick);
    }
    show(timeline, replay.position, replay.scene);
    replay.frame = requestAnimationFrame(tick);
  }

  function enableControls(timeline) {
    if (timeline.dataset.controls === 'on') {
      return;
    }
    timeline.dataset.controls = 'on';
    var playButton = timeline.querySelector('.timeline-play');
    var scrub = timeline.querySelector('.timeline-scrub');
    var end = timeline.querySelector('.timeline-end');
    [playButton, scrub, end].forEach(function (control) { control.disabled = false; });
    playButton.addEventListener('click', function () {
      if (timeline.looplabReplay) {
        var at = timeline.looplabReplay.position;
        stop(timeline);
        show(timeline, at);
      }
      else {
        play(timeline, Number(scrub.value) * 1000);
      }
    });
    scrub.addEventListener('input', function () {
      var playing = timeline.looplabReplay;
      stop(timeline);
      show(timeline, Number(scrub.value) * 1000);
      if (playing) {
        play(timeline, Number(scrub.value) * 1000);
      }
    });
    end.addEventListener('click', function () {
      stop(timeline);
      show(timeline, Infinity);
    });
  }

  document.addEventListener('htmx:sseMessage', function (event) {
    var target = event.target;
    var timeline = target.closest ? target.closest('.timeline') : null;
    if (timeline && target.matches('.trace')) {
      redrawSoon(timeline);
    }
    var runConsole = target.closest ? target.closest('.console') : null;
    if (runConsole && target.matches('.result')) {
      var finished = runConsole.querySelector('.timeline');
      if (finished) {
        // Draw now: the result can arrive before the frame that would have shown the lanes.
        refresh(finished);
        if (!finished.hidden) {
          enableControls(finished);
        }
      }
    }
  });

  // A recorded run's page arrives with its trace already in place (a submission's page has one
  // finished console per program run the tests made).
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.timeline').forEach(function (timeline) {
      refresh(timeline);
      var runConsole = timeline.closest('.console');
      if (!timeline.hidden && (runConsole.classList.contains('is-finished')
          || runConsole.querySelector('.result .verdict'))) {
        enableControls(timeline);
      }
    });
  });

  window.addEventListener('resize', function () {
    document.querySelectorAll('.timeline:not([hidden])').forEach(function (timeline) {
      if (!timeline.looplabReplay) {
        redrawSoon(timeline);
      }
    });
  });
})();
