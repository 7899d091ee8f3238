// name: schema
// title: Constraints and indexes
// description: Applied idempotently by the loader before every write (`IF NOT EXISTS`), then awaited (`CALL db.awaitIndexes`), so a new full-text index answers at once. One statement per `;`.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT allegation_id IF NOT EXISTS FOR (n:Allegation) REQUIRE n.id IS UNIQUE;
CREATE INDEX article_file IF NOT EXISTS FOR (n:Article) ON (n.file);
CREATE INDEX article_source_key IF NOT EXISTS FOR (n:Article) ON (n.sourceKey);
CREATE INDEX sentence_article IF NOT EXISTS FOR (n:Sentence) ON (n.articleId);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX allegation_status IF NOT EXISTS FOR (n:Allegation) ON (n.status);
CREATE INDEX entity_first_seen IF NOT EXISTS FOR (n:Entity) ON (n.firstSeen);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText];
CREATE FULLTEXT INDEX sentence_text IF NOT EXISTS FOR (n:Sentence) ON EACH [n.text];
CREATE FULLTEXT INDEX fact_text IF NOT EXISTS FOR (n:Event|Allegation) ON EACH [n.label, n.type, n.category, n.claim];
CREATE CONSTRAINT load_id IF NOT EXISTS FOR (n:Load) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (n:Decision) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_pagerank IF NOT EXISTS FOR (n:Entity) ON (n.pagerank);
CREATE INDEX entity_mention_count IF NOT EXISTS FOR (n:Entity) ON (n.mentionCount);
CREATE INDEX entity_last_load IF NOT EXISTS FOR (n:Entity) ON (n.lastLoad);
CREATE INDEX event_last_load IF NOT EXISTS FOR (n:Event) ON (n.lastLoad);
CREATE INDEX allegation_last_load IF NOT EXISTS FOR (n:Allegation) ON (n.lastLoad);
