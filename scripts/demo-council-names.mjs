// Thirty invented councils for the benchmarking demo (scripts/demo-councils.mjs). Every place name
// is made up and none is the name of a real UK council; the kind decides what a council runs
// (social care, elections) and so which questions it is asked.
//   district: a district or borough council in England (elections, no social care)
//   county: an English county council (social care, no elections)
//   unitary, metropolitan: English councils that do both
//   welsh, scottish: councils in Wales and Scotland, which do both
//   northern-irish: a council in Northern Ireland (neither)
export const COUNCILS = [
  { slug: 'wrenford', name: 'Wrenford District Council', kind: 'district' },
  { slug: 'brackenmoor', name: 'Brackenmoor Borough Council', kind: 'district' },
  { slug: 'fennickshire', name: 'Fennickshire County Council', kind: 'county' },
  { slug: 'marlhaven', name: 'Marlhaven Council', kind: 'unitary' },
  { slug: 'dunhollow', name: 'Dunhollow District Council', kind: 'district' },
  { slug: 'ravensholt', name: 'Ravensholt Metropolitan Borough Council', kind: 'metropolitan' },
  { slug: 'kestlebury', name: 'Kestlebury Borough Council', kind: 'district' },
  { slug: 'strathmorven', name: 'Strathmorven Council', kind: 'scottish' },
  { slug: 'ivelstone', name: 'Ivelstone District Council', kind: 'district' },
  { slug: 'port-selwick', name: 'Port Selwick Council', kind: 'unitary' },
  { slug: 'lowbarrow', name: 'Lowbarrow District Council', kind: 'district' },
  { slug: 'eddenshire', name: 'Eddenshire County Council', kind: 'county' },
  { slug: 'brynhafod', name: 'Brynhafod County Borough Council', kind: 'welsh' },
  { slug: 'orrinsdale', name: 'Orrinsdale Borough Council', kind: 'district' },
  { slug: 'nethercombe', name: 'Nethercombe District Council', kind: 'district' },
  { slug: 'coldbeck', name: 'Coldbeck Metropolitan Borough Council', kind: 'metropolitan' },
  { slug: 'saltmere', name: 'Saltmere Borough Council', kind: 'district' },
  { slug: 'glenlarrig', name: 'Glenlarrig Council', kind: 'scottish' },
  { slug: 'upperfold', name: 'Upperfold District Council', kind: 'district' },
  { slug: 'kingsbarrow', name: 'Kingsbarrow Council', kind: 'unitary' },
  { slug: 'vennridge', name: 'Vennridge Borough Council', kind: 'district' },
  { slug: 'caddenshire', name: 'Caddenshire County Council', kind: 'county' },
  { slug: 'yarrowby', name: 'Yarrowby District Council', kind: 'district' },
  { slug: 'cefn-aran', name: 'Cefn Aran County Council', kind: 'welsh' },
  { slug: 'westerholm', name: 'Westerholm Council', kind: 'unitary' },
  { slug: 'thrushcombe', name: 'Thrushcombe District Council', kind: 'district' },
  { slug: 'invercallan', name: 'Invercallan Council', kind: 'scottish' },
  { slug: 'ashcombe-vale', name: 'Ashcombe Vale Council', kind: 'unitary' },
  { slug: 'caldwick-vale', name: 'Caldwick Vale District Council', kind: 'district' },
  { slug: 'drumcarra', name: 'Drumcarra and Lisnavale Borough Council', kind: 'northern-irish' },
];
