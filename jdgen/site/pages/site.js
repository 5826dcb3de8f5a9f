/* Search and filters of the list of positions. It works from file:// too:
   the index (jdgen/site/search.py) is a script that sets JDGEN_INDEX. */
function jdgenSearch() {
  "use strict";
  var index = window.JDGEN_INDEX || {}, terms = Object.keys(index);
  var rows = document.querySelectorAll("tbody tr[data-i]");
  var search = document.getElementById("search"), department = document.getElementById("department");
  var grade = document.getElementById("grade"), count = document.getElementById("count");
  var wide = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]+/g;
  var word = /[^\s!-\/:-@\[-`{-~\u3000-\u303f\uff00-\uffef]+/g;

  function positions(term) {               /* one term's positions, as a set of numbers */
    var found = {}, runs = index[term] || [], at = 0;
    if (typeof runs === "string") {          /* a bitmap: bit i of byte i / 8 for position i */
      var bytes = atob(runs);
      for (var b = 0; b < bytes.length * 8; b += 1) {
        if (bytes.charCodeAt(b >> 3) & (1 << (b & 7))) { found[b] = true; }
      }
      return found;
    }
    for (var i = 0; i < runs.length; i += 2) {
      at += runs[i];
      for (var j = 0; j < runs[i + 1]; j += 1) { found[at + j] = true; }
      at += runs[i + 1];
    }
    return found;
  }
  function union(matching) {
    var found = {};
    terms.filter(matching).forEach(function (term) { Object.assign(found, positions(term)); });
    return found;
  }
  function sets(query) {                  /* one set of positions for each part of the query */
    query = query.toLowerCase();
    var result = [];
    (query.replace(wide, " ").match(word) || []).forEach(function (token) {
      result.push(union(function (term) { return term.indexOf(token) === 0; }));
    });
    (query.match(wide) || []).forEach(function (run) {
      if (run.length === 1) {
        result.push(union(function (term) { return term.indexOf(run) !== -1; }));
      }
      for (var i = 0; i + 1 < run.length; i += 1) { result.push(positions(run.substr(i, 2))); }
    });
    return result;
  }
  function update() {
    var required = sets(search.value), shown = 0;
    Array.prototype.forEach.call(rows, function (row) {
      var number = row.getAttribute("data-i");
      var visible = (!department.value || row.getAttribute("data-department") === department.value)
        && (!grade.value || row.getAttribute("data-grade") === grade.value)
        && required.every(function (found) { return found[number]; });
      row.hidden = !visible;
      if (visible) { shown += 1; }
    });
    count.textContent = count.getAttribute("data-pattern").replace("{shown}", shown).replace("{total}", rows.length);
  }
  search.addEventListener("input", update);
  department.addEventListener("change", update);
  grade.addEventListener("change", update);
  if (search.value || department.value || grade.value) { update(); }
}
