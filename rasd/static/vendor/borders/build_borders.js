const topo = require('topojson-client');
const fs = require('fs');
const t = JSON.parse(fs.readFileSync('node_modules/world-atlas/countries-10m.json'));
const fc = topo.feature(t, t.objects.countries);
// Middle East and North Africa + Sudan/Yemen: the region rasd covers
const box = [8, 8, 60, 41];
function inBox(f){ let hit=false; const walk=c=>{ if(typeof c[0]==='number'){ if(c[0]>=box[0]&&c[0]<=box[2]&&c[1]>=box[1]&&c[1]<=box[3]) hit=true; } else c.forEach(walk); }; walk(f.geometry.coordinates); return hit; }
const round = c => typeof c[0]==='number' ? [Math.round(c[0]*1e4)/1e4, Math.round(c[1]*1e4)/1e4] : c.map(round);
const out = {type:'FeatureCollection', features: fc.features.filter(f=>f.geometry && inBox(f) && !['Russia','France','Kazakhstan','Uzbekistan','Italy','Greece','Dem. Rep. Congo','Congo','Kenya','Uganda','Cameroon','Nigeria','Turkmenistan','Afghanistan','Pakistan','Somalia','Albania','Macedonia','Bulgaria','Georgia','Armenia','Azerbaijan','Malta','Vatican','Serbia','Montenegro','Kosovo','Croatia','Bosnia and Herz.','Benin','Togo','Ghana','Burkina Faso','Mali','Central African Rep.'].includes(f.properties.name)).map(f=>({type:'Feature', id:f.id, properties:{name:f.properties.name}, geometry:{type:f.geometry.type, coordinates: round(f.geometry.coordinates)}}))};
fs.writeFileSync('countries_mena.geojson', JSON.stringify(out));
console.log(out.features.length, out.features.map(f=>f.properties.name).join(','));
