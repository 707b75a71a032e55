package dev.prepstack.myquestions;

/**
 * The JSON columns of an Anki collection's {@code col} row (schema 11) for a package of own questions:
 * the note type, the decks, the deck options and the collection settings. Only constants and numbers
 * go in, never a person's text, so the JSON is written as it reads.
 */
final class AnkiCollectionJson {

    private AnkiCollectionJson() {}

    static String models(long secs) {
        return """
                {"%1$d": {"id": %1$d, "name": "%2$s", "type": 0, "mod": %3$d, "usn": -1, "sortf": 0, "did": %4$d,
                  "tmpls": [{"name": "Card 1", "ord": 0, "qfmt": "{{Front}}",
                    "afmt": "{{FrontSide}}<hr id=answer>{{Back}}{{#Key points}}<h4>Key points</h4>{{Key points}}{{/Key points}}{{#Follow-ups}}<h4>Follow-ups</h4>{{Follow-ups}}{{/Follow-ups}}",
                    "bqfmt": "", "bafmt": "", "did": null, "bfont": "", "bsize": 0}],
                  "flds": [%5$s],
                  "css": ".card { font-family: arial; font-size: 20px; text-align: left; color: black; background-color: white; }",
                  "latexPre": "\\\\documentclass[12pt]{article}\\n\\\\special{papersize=3in,5in}\\n\\\\usepackage[utf8]{inputenc}\\n\\\\usepackage{amssymb,amsmath}\\n\\\\pagestyle{empty}\\n\\\\setlength{\\\\parindent}{0in}\\n\\\\begin{document}\\n",
                  "latexPost": "\\\\end{document}", "latexsvg": false,
                  "req": [[0, "any", [0]]], "tags": [], "vers": []}}""".formatted(AnkiPackage.NOTE_TYPE_ID, AnkiPackage.NOTE_TYPE, secs, AnkiPackage.DECK_ID, fields());
    }

    private static String fields() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < AnkiPackage.FIELDS.size(); i++) {
            s.append(i == 0 ? "" : ", ").append("""
                            {"name": "%s", "ord": %d, "sticky": false, "rtl": false, "font": "Arial", "size": 20, "media": []}""".formatted(AnkiPackage.FIELDS.get(i), i));
        }
        return s.toString();
    }

    static String decks(long secs) {
        return "{\"1\": " + deck(1, "Default", "", secs) + ", \"" + AnkiPackage.DECK_ID + "\": "
                + deck(AnkiPackage.DECK_ID, AnkiPackage.DECK_NAME, "Questions exported from Prepstack", secs) + "}";
    }

    private static String deck(long id, String name, String description, long secs) {
        return """
                {"id": %d, "name": "%s", "desc": "%s", "mod": %d, "usn": -1, "collapsed": false, "browserCollapsed": false,
                  "conf": 1, "dyn": 0, "extendNew": 10, "extendRev": 50,
                  "newToday": [0, 0], "revToday": [0, 0], "lrnToday": [0, 0], "timeToday": [0, 0]}""".formatted(id, name, description, secs);
    }

    static String deckOptions() {
        return """
                {"1": {"id": 1, "name": "Default", "mod": 0, "usn": 0, "maxTaken": 60, "autoplay": true, "timer": 0,
                  "replayq": true, "dyn": false,
                  "new": {"bury": true, "delays": [1, 10], "initialFactor": 2500, "ints": [1, 4, 7], "order": 1,
                    "perDay": 20, "separate": true},
                  "rev": {"bury": true, "ease4": 1.3, "fuzz": 0.05, "ivlFct": 1, "maxIvl": 36500, "minSpace": 1,
                    "perDay": 200},
                  "lapse": {"delays": [10], "leechAction": 0, "leechFails": 8, "minInt": 1, "mult": 0}}}""";
    }

    static String conf(int nextPosition) {
        return """
                {"activeDecks": [1], "curDeck": 1, "newSpread": 0, "collapseTime": 1200, "timeLim": 0,
                  "estTimes": true, "dueCounts": true, "curModel": "%d", "nextPos": %d, "sortType": "noteFld",
                  "sortBackwards": false, "addToCur": true}""".formatted(AnkiPackage.NOTE_TYPE_ID, nextPosition);
    }
}
