import cytoscape from 'cytoscape';
const cy = cytoscape({ headless: true, styleEnabled: true, style: [{selector:'node', style:{'border-style':'dashed','border-dash-pattern':[6,4]}},{selector:'edge', style:{'line-style':'dashed','line-dash-pattern':[9,5]}}] });
cy.add([{data:{id:'a'}},{data:{id:'b'}},{data:{id:'e',source:'a',target:'b'}}]);
const n=cy.getElementById('a'); console.log(n.style('border-dash-pattern'), n.pstyle('border-dash-pattern'), cy.getElementById('e').pstyle('line-dash-pattern'));
