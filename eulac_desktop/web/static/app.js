/* The participants' page (issue 20): join with the phone code, vote, post ideas, find your table, rate the
   round, read the programme, answer the evaluation survey when the facilitator opens it (issue 22). Vanilla JavaScript (ES2017: Android Chrome and iOS Safari of 2020 run it), no
   framework, every text set with textContent (what people typed is shown as text, never as HTML). */
(function () {
  "use strict";

  var LANGUAGES = { en: "English", es: "Español", pt: "Português", fr: "Français" };
  var store = window.localStorage;
  var state = {
    lang: store.getItem("eulac.lang") || "",
    texts: {},
    token: store.getItem("eulac.token") || "",
    name: store.getItem("eulac.name") || "",
    tab: store.getItem("eulac.tab") || "vote",
    now: null,
    agenda: null,
    socket: null,
    retry: 1000,
    polling: null,
    flash: {}
  };
  var app = document.getElementById("app");

  // -- texts ------------------------------------------------------------------------------------

  function t(key, params) {
    var text = state.texts[key] || key;
    Object.keys(params || {}).forEach(function (name) {
      text = text.split("{" + name + "}").join(String(params[name]));
    });
    return text;
  }

  function pickLanguage() {
    if (LANGUAGES[state.lang]) { return state.lang; }
    var wishes = (navigator.languages || [navigator.language || "en"]);
    for (var i = 0; i < wishes.length; i++) {
      var code = String(wishes[i]).slice(0, 2).toLowerCase();
      if (LANGUAGES[code]) { return code; }
    }
    return "en";
  }

  function loadTexts(lang) {
    return fetch("/static/i18n/" + lang + ".json").then(function (r) { return r.json(); }).then(function (texts) {
      state.lang = lang;
      state.texts = texts;
      document.documentElement.lang = lang;
      document.title = t("page.title");
    });
  }

  // -- the API ----------------------------------------------------------------------------------

  function api(method, path, body) {
    var headers = { "Accept-Language": state.lang };
    if (state.token) { headers.Authorization = "Bearer " + state.token; }
    if (body !== undefined) { headers["Content-Type"] = "application/json"; }
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body),
                         credentials: "omit", cache: "no-store" })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (data) {
          if (r.status === 401 && state.token && data.error !== "wrong_code") { signedOut(data.error); }
          return { status: r.status, data: data };
        });
      }, function () { return { status: 0, data: { error: "offline", message: t("offline") } }; });
  }

  // -- building the page ------------------------------------------------------------------------

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) { return; }
      if (name === "text") { node.textContent = value; }
      else if (name.slice(0, 2) === "on") { node.addEventListener(name.slice(2), value); }
      else { node.setAttribute(name, value === true ? "" : value); }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }

  function languagePicker() {
    var select = el("select", { id: "lang", onchange: function () {
      store.setItem("eulac.lang", select.value);
      var typed = document.getElementById("code");
      var code = typed ? typed.value : "";
      loadTexts(select.value).then(function () {
        render();
        var again = document.getElementById("code");
        if (again) { again.value = code; }
        var picker = document.getElementById("lang");
        if (picker) { picker.focus(); }
        refresh();
      });
    } });
    Object.keys(LANGUAGES).forEach(function (code) {
      select.appendChild(el("option", { value: code, lang: code, text: LANGUAGES[code], selected: code === state.lang }));
    });
    return el("div", { "class": "lang" }, [el("label", { "for": "lang", text: t("lang.label") }), select]);
  }

  function message(kind, text, id) {
    return el("p", { "class": "message " + kind, role: kind === "error" ? "alert" : "status", id: id, text: text });
  }

  function render() {
    app.textContent = "";
    if (!state.token) { return renderJoin(); }
    var header = el("header", {}, [el("h1", { text: t("hello", { name: state.name }) }), languagePicker()]);
    var nav = el("nav", { "aria-label": t("nav.label") });
    var tabs = ["vote", "ideas", "table", "programme"];
    if ((state.now && state.now.survey) || state.tab === "survey") { tabs.push("survey"); }
    tabs.forEach(function (tab) {
      nav.appendChild(el("button", { type: "button", id: "tab-" + tab, "aria-current": state.tab === tab ? "page" : null,
                                     text: t("nav." + tab), onclick: function () { show(tab); } }));
    });
    var section = el("section", { id: "screen", "aria-labelledby": "heading" });
    app.appendChild(header);
    app.appendChild(nav);
    app.appendChild(el("p", { id: "offline", "class": "message warning", role: "status", hidden: !state.offline,
                              text: t("offline") }));
    app.appendChild(section);
    var screens = { vote: renderVote, ideas: renderIdeas, table: renderTable, programme: renderProgramme,
                    survey: renderSurvey };
    (screens[state.tab] || renderVote)(section);
  }

  function show(tab) {
    state.tab = tab;
    store.setItem("eulac.tab", tab);
    render();
    var heading = document.getElementById("heading");
    if (heading) { heading.focus(); }
    if (tab === "table" || tab === "programme") { loadAgenda(); }
  }

  // -- joining ----------------------------------------------------------------------------------

  function renderJoin(problem) {
    var input = el("input", { id: "code", name: "code", autocomplete: "off", autocapitalize: "characters",
                              spellcheck: "false", maxlength: "9", required: true, "aria-describedby": "code-hint",
                              inputmode: "text" });
    var button = el("button", { type: "submit", text: t("join.button") });
    var error = message("error", problem || "", "join-error");
    error.hidden = !problem;
    var form = el("form", { id: "join", novalidate: true, onsubmit: function (event) {
      event.preventDefault();
      button.disabled = true;
      button.textContent = t("join.working");
      api("POST", "/api/join", { code: input.value }).then(function (answer) {
        if (answer.status === 200) {
          state.token = answer.data.token;
          state.name = answer.data.name;
          store.setItem("eulac.token", state.token);
          store.setItem("eulac.name", state.name);
          var lang = store.getItem("eulac.lang") || answer.data.language;
          loadTexts(lang).then(function () { render(); refresh(); connect(); });
        } else {
          renderJoin(answer.data.message || t("api.bad_request"));
          document.getElementById("code").value = input.value;
          document.getElementById("code").focus();
        }
      });
    } }, [
      el("h1", { text: t("join.heading") }),
      el("label", { "for": "code", text: t("join.label") }),
      input,
      el("p", { id: "code-hint", "class": "hint", text: t("join.hint") }),
      error,
      button
    ]);
    app.textContent = "";
    app.appendChild(el("header", {}, [languagePicker()]));
    app.appendChild(form);
  }

  function signedOut(why) {
    var reason = t("out." + (why || "unknown"));
    state.token = "";
    store.removeItem("eulac.token");
    if (state.socket) { state.socket.onclose = null; state.socket.close(); state.socket = null; }
    app.textContent = "";
    app.appendChild(el("header", {}, [languagePicker()]));
    app.appendChild(el("section", { id: "out" }, [
      el("h1", { text: t("out.heading") }),
      message("error", reason.indexOf("out.") === 0 ? t("out.unknown") : reason),
      el("button", { type: "button", text: t("out.again"), onclick: function () { renderJoin(); } })
    ]));
  }

  // -- voting -----------------------------------------------------------------------------------

  function draftKey(poll) { return "eulac.ballot." + poll.id; }

  function draft(poll) {
    try { return JSON.parse(store.getItem(draftKey(poll)) || "{}"); } catch (e) { return {}; }
  }

  function saveDraft(poll, values) { store.setItem(draftKey(poll), JSON.stringify(values)); }

  function turnout(poll) {
    var box = el("div", { id: "turnout", "class": "turnout" });
    fillTurnout(box, poll.turnout);
    return box;
  }

  function fillTurnout(box, numbers) {
    if (!box || !numbers) { return; }
    box.textContent = "";
    var label = t("vote.turnout", { n: numbers.ballots, m: numbers.eligible });
    box.appendChild(el("span", { text: label }));
    box.appendChild(el("progress", { max: String(Math.max(1, numbers.eligible)), value: String(numbers.ballots),
                                     "aria-label": label }));
  }

  function renderVote(section) {
    var now = state.now || {};
    var poll = now.poll;
    if (!poll && now.results) { return renderResults(section, now.results); }
    if (!poll) {
      section.appendChild(el("h2", { id: "heading", tabindex: "-1", text: t("nav.vote") }));
      section.appendChild(message("info", t("vote.none")));
      return;
    }
    section.appendChild(el("h2", { id: "heading", tabindex: "-1", text: poll.title }));
    if (poll.voted) {
      section.appendChild(message("success", state.flash.voted === poll.id ? t("vote.done") : t("vote.already")));
      section.appendChild(turnout(poll));
      section.appendChild(results(poll));
      return;
    }
    var values = draft(poll);
    var left = el("p", { id: "left", "class": "left", "aria-live": "polite" });
    var error = message("error", "", "vote-error");
    error.hidden = true;
    var form = el("form", { id: "ballot", novalidate: true, "aria-describedby": "instructions" });
    form.appendChild(el("p", { id: "instructions", "class": "instructions", text: poll.instructions }));
    var total = { dots: poll.params.dots || 3, budget: poll.params.total || 100 }[poll.method];
    var perOption = poll.method === "dots" ? (poll.params.max_per_option || poll.params.dots || 3) : total;

    function update() {
      saveDraft(poll, values);
      if (total) {
        var given = poll.options.reduce(function (sum, o) { return sum + (Number(values[o.id]) || 0); }, 0);
        left.textContent = t("vote.left", { n: total - given });
      }
    }

    poll.options.forEach(function (option, index) {
      var id = "o" + index;
      var label = el("label", { "for": id, id: id + "-label", text: option.text });
      var row = el("div", { "class": "option" });
      if (poll.method === "approval") {
        var box = el("input", { type: "checkbox", id: id, checked: !!values[option.id], onchange: function () {
          values[option.id] = box.checked; update(); } });
        row.appendChild(box);
        row.appendChild(label);
        row.classList.add("check");
      } else if (poll.method === "dots" || poll.method === "budget") {
        var number = el("input", { type: "number", id: id, min: "0", max: String(perOption), step: "1",
                                   inputmode: "numeric", value: String(values[option.id] || 0), onchange: function () {
                                     values[option.id] = Math.max(0, parseInt(number.value, 10) || 0); update(); } });
        row.appendChild(label);
        var stepper = el("div", { "class": "stepper" });
        if (poll.method === "dots") {
          stepper.appendChild(el("button", { type: "button", "class": "step", text: "−",
                                             "aria-label": t("vote.fewer", { option: option.text }), onclick: function () {
              number.value = String(Math.max(0, (parseInt(number.value, 10) || 0) - 1));
              values[option.id] = parseInt(number.value, 10); update(); } }));
        }
        stepper.appendChild(number);
        if (poll.method === "dots") {
          stepper.appendChild(el("button", { type: "button", "class": "step", text: "+",
                                             "aria-label": t("vote.more", { option: option.text }), onclick: function () {
              number.value = String(Math.min(perOption, (parseInt(number.value, 10) || 0) + 1));
              values[option.id] = parseInt(number.value, 10); update(); } }));
        }
        row.appendChild(stepper);
      } else if (poll.method === "borda" || poll.method === "schulze") {
        var rank = el("select", { id: id, onchange: function () { values[option.id] = rank.value; update(); } });
        rank.appendChild(el("option", { value: "", text: "— " + t("vote.unranked") }));
        poll.options.forEach(function (_o, n) {
          rank.appendChild(el("option", { value: String(n + 1), text: String(n + 1),
                                          selected: String(values[option.id]) === String(n + 1) }));
        });
        row.appendChild(label);
        row.appendChild(rank);
      } else if (poll.method === "impact-effort") {
        var rated = values[option.id] || ["", ""];
        var group = el("fieldset", { "class": "pair" }, [el("legend", { text: option.text })]);
        ["impact", "effort"].forEach(function (kind, k) {
          var select = el("select", { id: id + kind, "aria-label": option.text + ": " + t("vote." + kind),
                                      onchange: function () { rated[k] = select.value; values[option.id] = rated; update(); } });
          select.appendChild(el("option", { value: "", text: "—" }));
          [1, 2, 3, 4, 5].forEach(function (n) {
            select.appendChild(el("option", { value: String(n), text: String(n), selected: String(rated[k]) === String(n) }));
          });
          group.appendChild(el("label", { "for": id + kind, text: t("vote." + kind) }));
          group.appendChild(select);
        });
        row.appendChild(group);
      } else if (poll.method === "yes-no") {
        var answers = el("fieldset", { "class": "answers" }, [el("legend", { text: option.text })]);
        ["yes", "no", "abstain"].forEach(function (word) {
          var radio = el("input", { type: "radio", name: id, id: id + word, value: word, checked: values[option.id] === word,
                                    onchange: function () { values[option.id] = word; update(); } });
          answers.appendChild(el("span", { "class": "answer" }, [radio, el("label", { "for": id + word, text: t("vote." + word) })]));
        });
        row.appendChild(answers);
      }
      form.appendChild(row);
    });
    if (total) { form.appendChild(left); }
    var send = el("button", { type: "submit", "class": "primary", text: t("vote.send") });
    form.appendChild(error);
    form.appendChild(send);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      send.disabled = true;
      send.textContent = t("vote.sending");
      api("POST", "/api/polls/" + encodeURIComponent(poll.id) + "/ballot", ballot(poll, values)).then(function (answer) {
        send.disabled = false;
        send.textContent = t("vote.send");
        if (answer.status === 200 || answer.data.error === "already_voted") {
          store.removeItem(draftKey(poll));
          state.flash.voted = answer.status === 200 ? poll.id : null;
          // the poll the page shows now (a refresh since the form was drawn may have replaced `poll`)
          if (state.now && state.now.poll && state.now.poll.id === poll.id) { state.now.poll.voted = true; }
          refresh();
          render();
          var heading = document.getElementById("heading");
          if (heading) { heading.focus(); }
        } else {
          error.textContent = answer.data.message || t("api.bad_request");
          error.hidden = false;
        }
      });
    });
    section.appendChild(form);
    section.appendChild(turnout(poll));
    update();
  }

  function ballot(poll, values) {
    var ids = poll.options.map(function (o) { return o.id; });
    if (poll.method === "approval") { return ids.filter(function (id) { return values[id]; }); }
    if (poll.method === "dots" || poll.method === "budget") {
      var out = {};
      ids.forEach(function (id) { if (Number(values[id])) { out[id] = Number(values[id]); } });
      return out;
    }
    if (poll.method === "borda" || poll.method === "schulze") {
      return ids.filter(function (id) { return values[id]; })
        .sort(function (a, b) { return Number(values[a]) - Number(values[b]) || ids.indexOf(a) - ids.indexOf(b); });
    }
    var marks = {};
    ids.forEach(function (id) {
      var value = values[id];
      if (poll.method === "impact-effort" && value && value[0] && value[1]) { marks[id] = [Number(value[0]), Number(value[1])]; }
      if (poll.method === "yes-no" && value) { marks[id] = value; }
    });
    return marks;
  }

  function scoreText(method, score) {
    if (method === "impact-effort") {
      return score ? t("results.impact_effort", { impact: score[0], effort: score[1] }) : t("results.unrated");
    }
    if (method === "dots") { return t("results.dots", { n: score }); }
    if (method === "approval") { return t("results.approval", { n: score }); }
    if (method === "schulze") { return t("results.schulze", { n: score }); }
    if (method === "yes-no") { return t("results.yes_no", { n: score }); }
    return t("results.points", { n: score });
  }

  function ranking(counted) {
    var numbers = counted.ranking.map(function (r) { return typeof r.score === "number" ? r.score : 0; });
    var top = Math.max.apply(null, numbers.concat([1]));
    var list = el("ol", { id: "ranking", "class": "results", "aria-labelledby": "results-heading" });
    counted.ranking.forEach(function (r, i) {
      var bar = el("span", { "class": "bar", "aria-hidden": "true" });
      bar.style.width = Math.max(0, Math.round(100 * numbers[i] / top)) + "%";
      list.appendChild(el("li", { value: String(r.rank) }, [
        el("span", { "class": "option-text", text: r.text }),
        el("span", { "class": "sep", text: " — " }),
        el("span", { "class": "score", text: scoreText(counted.method, r.score) }),
        el("span", { "class": "track", "aria-hidden": "true" }, [bar])
      ]));
    });
    return list;
  }

  function renderResults(section, counted) {
    section.appendChild(el("h2", { id: "heading", tabindex: "-1", text: counted.question }));
    section.appendChild(message("info", t("results.closed")));
    section.appendChild(el("h3", { id: "results-heading", text: t("results.heading") }));
    section.appendChild(ranking(counted));
    section.appendChild(el("p", { "class": "turnout", text: t("vote.turnout", { n: counted.ballots, m: counted.eligible }) }));
  }

  function results(poll) {
    var counted = (state.now || {}).results;
    if (!counted || counted.poll_id !== poll.id) { return null; }
    return el("div", {}, [el("h3", { id: "results-heading", text: t("vote.results") }), ranking(counted)]);
  }

  // -- ideas ------------------------------------------------------------------------------------

  function renderIdeas(section) {
    var challenge = (state.now || {}).challenge;
    if (!challenge) {
      section.appendChild(el("h2", { id: "heading", tabindex: "-1", text: t("nav.ideas") }));
      section.appendChild(message("info", t("ideas.none")));
      return;
    }
    var key = "eulac.ideas." + challenge.id;
    var mine = JSON.parse(store.getItem(key) || "[]");
    var max = 2000;
    section.appendChild(el("h2", { id: "heading", tabindex: "-1", text: challenge.question }));
    if (challenge.description) { section.appendChild(el("p", { text: challenge.description })); }
    var text = el("textarea", { id: "idea", rows: "4", maxlength: String(max), "aria-describedby": "idea-count" });
    text.value = store.getItem(key + ".draft") || "";
    var count = el("p", { id: "idea-count", "class": "hint" });
    var status = message("success", "", "idea-status");
    status.hidden = true;
    function counted() {
      count.textContent = t("ideas.count", { n: text.value.length, max: max });
      store.setItem(key + ".draft", text.value);
    }
    text.addEventListener("input", counted);
    var post = el("button", { type: "submit", "class": "primary", text: t("ideas.post") });
    var form = el("form", { id: "ideas", novalidate: true, onsubmit: function (event) {
      event.preventDefault();
      post.disabled = true;
      api("POST", "/api/challenges/" + encodeURIComponent(challenge.id) + "/ideas", { text: text.value }).then(function (answer) {
        post.disabled = false;
        status.hidden = false;
        if (answer.status === 201) {
          mine.push(text.value.trim());
          store.setItem(key, JSON.stringify(mine));
          text.value = "";
          counted();
          status.className = "message success";
          status.setAttribute("role", "status");
          status.textContent = t("ideas.posted");
          drawMine();
          text.focus();
        } else {
          status.className = "message error";
          status.setAttribute("role", "alert");
          status.textContent = answer.data.message || t("api.bad_request");
        }
      });
    } }, [el("label", { "for": "idea", text: t("ideas.label") }), text, count, status, post]);
    section.appendChild(form);
    var list = el("ul", { id: "my-ideas", "class": "ideas" });
    var heading = el("h3", { text: t("ideas.mine") });
    function drawMine() {
      list.textContent = "";
      heading.hidden = !mine.length;
      mine.forEach(function (idea) { list.appendChild(el("li", { text: idea })); });
    }
    section.appendChild(heading);
    section.appendChild(list);
    drawMine();
    counted();
  }

  // -- the evaluation survey --------------------------------------------------------------------

  function renderSurvey(section) {
    var survey = (state.now || {}).survey;
    if (!survey) {
      section.appendChild(el("h2", { id: "heading", tabindex: "-1", text: t("nav.survey") }));
      section.appendChild(message("info", t("survey.none")));
      return;
    }
    section.appendChild(el("h2", { id: "heading", tabindex: "-1", text: t("survey.heading") }));
    if (survey.answered) {
      section.appendChild(message("success", state.flash.answered ? t("survey.done") : t("survey.already")));
      return;
    }
    var key = "eulac.survey";
    var values = {};
    try { values = JSON.parse(store.getItem(key) || "{}"); } catch (e) { values = {}; }
    function keep() { store.setItem(key, JSON.stringify(values)); }
    var form = el("form", { id: "survey", novalidate: true, "aria-describedby": "survey-intro" });
    form.appendChild(el("p", { id: "survey-intro", "class": "instructions", text: t("survey.intro") }));
    form.appendChild(el("p", { id: "survey-scale", "class": "hint", text: t("survey.scale") }));
    survey.questions.forEach(function (question, index) {
      var id = "q" + index;
      var row = el("div", { "class": "option" });
      if (question.kind === "likert") {
        var group = el("fieldset", { "class": "answers", "aria-describedby": "survey-scale" },
                       [el("legend", { text: question.text })]);
        [1, 2, 3, 4, 5].forEach(function (n) {
          var radio = el("input", { type: "radio", name: id, id: id + "-" + n, value: String(n),
                                    checked: String(values[question.id]) === String(n),
                                    onchange: function () { values[question.id] = n; keep(); } });
          group.appendChild(el("span", { "class": "answer" }, [radio, el("label", { "for": id + "-" + n, text: String(n) })]));
        });
        row.appendChild(group);
      } else {
        var text = el("textarea", { id: id, rows: "3", maxlength: "2000",
                                    oninput: function () { values[question.id] = text.value; keep(); } });
        text.value = values[question.id] || "";
        row.classList.add("open");
        row.appendChild(el("label", { "for": id, text: question.text }));
        row.appendChild(text);
      }
      form.appendChild(row);
    });
    var error = message("error", "", "survey-error");
    error.hidden = true;
    var send = el("button", { type: "submit", "class": "primary", text: t("survey.send") });
    form.appendChild(error);
    form.appendChild(send);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      send.disabled = true;
      send.textContent = t("vote.sending");
      var answers = {};
      survey.questions.forEach(function (q) {
        var value = values[q.id];
        if (value !== undefined && String(value).trim() !== "") { answers[q.id] = value; }
      });
      api("POST", "/api/survey", answers).then(function (answer) {
        send.disabled = false;
        send.textContent = t("survey.send");
        if (answer.status === 201 || answer.data.error === "already_answered") {
          store.removeItem(key);
          state.flash.answered = answer.status === 201;
          // the survey the page shows now (a refresh since the form was drawn may have replaced `survey`)
          if (state.now && state.now.survey) { state.now.survey.answered = true; }
          render();
          var heading = document.getElementById("heading");
          if (heading) { heading.focus(); }
        } else {
          error.textContent = answer.data.message || t("api.bad_request");
          error.hidden = false;
        }
      });
    });
    section.appendChild(form);
  }

  // -- my table, the programme ------------------------------------------------------------------

  function roundCard(round, now) {
    var card = el("div", { "class": now ? "table-now" : "round" });
    card.appendChild(el(now ? "p" : "h3", { "class": now ? "table-number" : "", text: now ? t("table.number", { n: round.table })
      : t("table.round", { n: round.number }) + (round.time ? " · " + round.time : "") + " · " + t("table.number", { n: round.table }) }));
    card.appendChild(el("p", { "class": "topic", text: round.topic }));
    if (round.with.length) { card.appendChild(el("p", { "class": "with", text: t("table.with", { names: round.with.join(", ") }) })); }
    return card;
  }

  function renderTable(section) {
    var now = (state.now || {}).round;
    section.appendChild(el("h2", { id: "heading", tabindex: "-1", text: t("table.now") }));
    if (!now) {
      section.appendChild(message("info", t("table.none")));
    } else {
      section.appendChild(el("p", { "class": "round-label", text: t("table.round", { n: now.number }) + (now.time ? " · " + now.time : "") }));
      section.appendChild(roundCard(now, true));
      var rated = state.agenda && state.agenda.rounds.some(function (r) { return r.number === now.number && r.rated; });
      if (rated || state.flash.rated === now.number) {
        section.appendChild(message("success", t("table.rated")));
      } else {
        var status = message("error", "", "rate-status");
        status.hidden = true;
        var group = el("fieldset", { "class": "rating" }, [el("legend", { text: t("table.rate") })]);
        [1, 2, 3, 4, 5].forEach(function (n) {
          group.appendChild(el("button", { type: "button", text: String(n), onclick: function () {
            api("POST", "/api/rounds/" + now.number + "/feedback", { rating: n }).then(function (answer) {
              if (answer.status === 201 || answer.data.error === "already_rated") {
                state.flash.rated = now.number;
                render();
                loadAgenda();
              } else {
                status.textContent = answer.data.message || t("api.bad_request");
                status.hidden = false;
              }
            });
          } }));
        });
        section.appendChild(group);
        section.appendChild(status);
      }
    }
    section.appendChild(el("h2", { text: t("agenda.heading") }));
    var rounds = state.agenda ? state.agenda.rounds : [];
    if (state.agenda && !rounds.length) { section.appendChild(message("info", t("agenda.none"))); }
    rounds.forEach(function (round) { section.appendChild(roundCard(round, false)); });
  }

  function renderProgramme(section) {
    section.appendChild(el("h2", { id: "heading", tabindex: "-1", text: t("programme.heading") }));
    var sessions = state.agenda ? state.agenda.programme : [];
    if (state.agenda && !sessions.length) { section.appendChild(message("info", t("programme.none"))); }
    var list = el("ul", { "class": "programme" });
    sessions.forEach(function (s) {
      var when = (s.starts_at || "").slice(11, 16) + (s.ends_at ? "–" + s.ends_at.slice(11, 16) : "");
      list.appendChild(el("li", {}, [el("span", { "class": "when", text: when }), el("span", { "class": "what", text: s.name }),
                                     s.room ? el("span", { "class": "where", text: s.room }) : null]));
    });
    section.appendChild(list);
  }

  // -- following the room -----------------------------------------------------------------------

  function busy() {  // someone in a form, on its buttons too: a render would drop what they are about to press
    var active = document.activeElement;
    return active && active.closest && active.closest("form");
  }

  function refresh() {
    if (!state.token) { return Promise.resolve(); }
    return api("GET", "/api/now").then(function (answer) {
      setOffline(answer.status === 0);
      if (answer.status !== 200) { return; }
      var before = JSON.stringify(state.now);
      state.now = answer.data;
      if (JSON.stringify(state.now) !== before && !busy()) { render(); }
      if (state.tab === "table" || state.tab === "programme" || state.agenda === null) { loadAgenda(); }
    });
  }

  function loadAgenda() {
    return api("GET", "/api/me/agenda").then(function (answer) {
      if (answer.status !== 200) { return; }
      var before = JSON.stringify(state.agenda);
      state.agenda = answer.data;
      if (JSON.stringify(state.agenda) !== before && (state.tab === "table" || state.tab === "programme") && !busy()) {
        render();
      }
    });
  }

  function setOffline(offline) {
    state.offline = offline;
    var banner = document.getElementById("offline");
    if (banner) { banner.hidden = !offline; }
  }

  function connect() {
    if (!state.token || !window.WebSocket) { return startPolling(); }
    var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws");
    state.socket = socket;
    var seen = null;
    socket.onopen = function () { socket.send(JSON.stringify({ token: state.token })); };
    socket.onmessage = function (event) {
      var data = JSON.parse(event.data);
      if (data.type === "signed_out") { return signedOut(data.why); }
      if (data.type !== "now") { return; }
      setOffline(false);
      state.retry = 1000;
      stopPolling();
      var what = JSON.stringify([data.poll, data.challenge, data.round, data.live ? data.turnout : null, data.results,
                                 data.survey]);
      if (state.now && state.now.poll && data.turnout) {
        state.now.poll.turnout = data.turnout;
        fillTurnout(document.getElementById("turnout"), data.turnout);
      }
      // the first word too: the room may have changed since the page last asked (while it connected, or offline)
      if (what !== seen) { refresh(); }
      seen = what;
    };
    socket.onclose = function () {
      state.socket = null;
      if (!state.token) { return; }
      setOffline(true);
      startPolling();
      setTimeout(connect, state.retry);
      state.retry = Math.min(state.retry * 2, 15000);
    };
  }

  function startPolling() {
    if (!state.polling) { state.polling = setInterval(refresh, 5000); }
  }

  function stopPolling() {
    if (state.polling) { clearInterval(state.polling); state.polling = null; }
  }

  loadTexts(pickLanguage()).then(function () {
    render();
    if (state.token) { refresh(); connect(); }
  });
}());
